package org.sublattice.plugin.lattice.custom;

import com.google.auto.service.AutoService;
import java.util.List;
import org.sublattice.api.Contribution;
import org.sublattice.api.SublatticePlugin;

/** Contributes the {@code prim} lattice. */
@AutoService(SublatticePlugin.class)
public final class CustomLatticePlugin implements SublatticePlugin {
    @Override
    public String name() {
        return "lattice-custom";
    }

    @Override
    public List<Contribution> contributions() {
        return List.of(Contribution.lattice("prim", CustomLattice.Factory.class));
    }
}
