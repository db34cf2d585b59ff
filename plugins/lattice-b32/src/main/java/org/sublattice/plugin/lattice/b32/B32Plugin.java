package org.sublattice.plugin.lattice.b32;

import com.google.auto.service.AutoService;
import java.util.List;
import org.sublattice.api.Contribution;
import org.sublattice.api.SublatticePlugin;

/** Contributes the {@code b32} lattice. */
@AutoService(SublatticePlugin.class)
public final class B32Plugin implements SublatticePlugin {
    @Override
    public String name() {
        return "lattice-b32";
    }

    @Override
    public List<Contribution> contributions() {
        return List.of(Contribution.lattice("b32", B32Lattice.Factory.class));
    }
}
