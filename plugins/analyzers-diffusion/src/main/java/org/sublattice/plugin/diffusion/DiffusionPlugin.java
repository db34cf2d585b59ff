package org.sublattice.plugin.diffusion;

import com.google.auto.service.AutoService;
import java.util.List;
import org.sublattice.api.Contribution;
import org.sublattice.api.SublatticePlugin;

/** Contributes the {@code diffusion} and {@code dilute-diffusion} analyzers. */
@AutoService(SublatticePlugin.class)
public final class DiffusionPlugin implements SublatticePlugin {
    @Override
    public String name() {
        return "analyzers-diffusion";
    }

    @Override
    public List<Contribution> contributions() {
        return List.of(Contribution.analyzer("diffusion", DiffusionAnalyzer.Factory.class),
                Contribution.analyzer("dilute-diffusion", DiluteDiffusionAnalyzer.Factory.class));
    }
}
