package org.sublattice.plugin.lattice.b2;

import com.google.auto.service.AutoService;
import java.util.List;
import org.sublattice.api.Contribution;
import org.sublattice.api.SublatticePlugin;

/** Contributes the {@code b2} lattice. */
@AutoService(SublatticePlugin.class)
public final class B2Plugin implements SublatticePlugin {
    @Override
    public String name() {
        return "lattice-b2";
    }

    @Override
    public List<Contribution> contributions() {
        return List.of(Contribution.lattice("b2", B2Lattice.Factory.class));
    }
}
