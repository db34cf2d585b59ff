package org.sublattice.plugin.clex;

import com.google.auto.service.AutoService;
import java.util.List;
import org.sublattice.api.Contribution;
import org.sublattice.api.SublatticePlugin;

/** Cluster expansion, evaluated and fitted: the {@code cluster-expansion} Hamiltonian and the {@code fit} task. */
@AutoService(SublatticePlugin.class)
public final class ClexPlugin implements SublatticePlugin {
    @Override
    public String name() {
        return "hamiltonian-clex";
    }

    @Override
    public List<Contribution> contributions() {
        return List.of(Contribution.hamiltonian("cluster-expansion", ClexFactory.class), Contribution.task("fit", FitFactory.class));
    }
}
