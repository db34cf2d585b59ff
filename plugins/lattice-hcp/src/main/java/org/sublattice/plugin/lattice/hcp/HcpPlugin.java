package org.sublattice.plugin.lattice.hcp;

import com.google.auto.service.AutoService;
import java.util.List;
import org.sublattice.api.Contribution;
import org.sublattice.api.SublatticePlugin;

/** Contributes the {@code hcp} lattice. */
@AutoService(SublatticePlugin.class)
public final class HcpPlugin implements SublatticePlugin {
    @Override
    public String name() {
        return "lattice-hcp";
    }

    @Override
    public List<Contribution> contributions() {
        return List.of(Contribution.lattice("hcp", HcpLattice.Factory.class));
    }
}
