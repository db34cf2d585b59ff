package org.sublattice.plugin.lattice.gammabrass;

import com.google.auto.service.AutoService;
import java.util.List;
import org.sublattice.api.Contribution;
import org.sublattice.api.SublatticePlugin;

/** Contributes the {@code gamma-brass} lattice. */
@AutoService(SublatticePlugin.class)
public final class GammaBrassPlugin implements SublatticePlugin {
    @Override
    public String name() {
        return "lattice-gamma-brass";
    }

    @Override
    public List<Contribution> contributions() {
        return List.of(Contribution.lattice("gamma-brass", GammaBrassLattice.Factory.class));
    }
}
