package org.sublattice.plugin.lattice.d03;

import com.google.auto.service.AutoService;
import java.util.List;
import org.sublattice.api.Contribution;
import org.sublattice.api.SublatticePlugin;

/** Contributes the {@code d03} lattice. */
@AutoService(SublatticePlugin.class)
public final class D03Plugin implements SublatticePlugin {
    @Override
    public String name() {
        return "lattice-d03";
    }

    @Override
    public List<Contribution> contributions() {
        return List.of(Contribution.lattice("d03", D03Lattice.Factory.class));
    }
}
