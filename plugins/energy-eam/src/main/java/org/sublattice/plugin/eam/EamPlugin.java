package org.sublattice.plugin.eam;

import com.google.auto.service.AutoService;
import java.util.List;
import org.sublattice.api.Contribution;
import org.sublattice.api.SublatticePlugin;

/** Contributes the {@code eam}, {@code meam} and {@code lammps} Hamiltonians (structure energy models). */
@AutoService(SublatticePlugin.class)
public final class EamPlugin implements SublatticePlugin {
    @Override
    public String name() {
        return "energy-eam";
    }

    @Override
    public List<Contribution> contributions() {
        return List.of(Contribution.hamiltonian("eam", EamFactory.class), Contribution.hamiltonian("meam", MeamFactory.class),
                Contribution.hamiltonian("lammps", LammpsFactory.class));
    }
}
