package org.sublattice.plugin.lattice.fcc;

import com.google.auto.service.AutoService;
import java.util.List;
import org.sublattice.api.Contribution;
import org.sublattice.api.SublatticePlugin;

/** Contributes the {@code fcc} lattice. */
@AutoService(SublatticePlugin.class)
public final class FccPlugin implements SublatticePlugin {
    @Override
    public String name() {
        return "lattice-fcc";
    }

    @Override
    public List<Contribution> contributions() {
        return List.of(Contribution.lattice("fcc", FccLattice.Factory.class));
    }
}
