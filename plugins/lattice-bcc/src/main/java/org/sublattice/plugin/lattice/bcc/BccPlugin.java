package org.sublattice.plugin.lattice.bcc;

import com.google.auto.service.AutoService;
import java.util.List;
import org.sublattice.api.Contribution;
import org.sublattice.api.SublatticePlugin;

/** Contributes the {@code bcc} lattice. */
@AutoService(SublatticePlugin.class)
public final class BccPlugin implements SublatticePlugin {
    @Override
    public String name() {
        return "lattice-bcc";
    }

    @Override
    public List<Contribution> contributions() {
        return List.of(Contribution.lattice("bcc", BccLattice.Factory.class));
    }
}
