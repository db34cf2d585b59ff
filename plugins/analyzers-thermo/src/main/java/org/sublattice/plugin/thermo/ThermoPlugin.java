package org.sublattice.plugin.thermo;

import com.google.auto.service.AutoService;
import java.util.List;
import org.sublattice.api.Contribution;
import org.sublattice.api.SublatticePlugin;

/** Contributes the thermodynamic analyzers. */
@AutoService(SublatticePlugin.class)
public final class ThermoPlugin implements SublatticePlugin {
    @Override
    public String name() {
        return "analyzers-thermo";
    }

    @Override
    public List<Contribution> contributions() {
        return List.of(Contribution.analyzer("composition", CompositionAnalyzer.Factory.class),
                Contribution.analyzer("energy", EnergyAnalyzer.Factory.class),
                Contribution.analyzer("defects", DefectAnalyzer.Factory.class),
                Contribution.analyzer("voltage", VoltageAnalyzer.Factory.class),
                Contribution.analyzer("dilute-vacancy", DiluteVacancyAnalyzer.Factory.class),
                Contribution.analyzer("free-energy", FreeEnergyAnalyzer.Factory.class),
                Contribution.analyzer("binder", BinderAnalyzer.Factory.class));
    }
}
