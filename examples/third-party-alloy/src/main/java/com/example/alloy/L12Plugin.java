package com.example.alloy;

import com.google.auto.service.AutoService;
import java.util.List;
import org.sublattice.api.Contribution;
import org.sublattice.api.SublatticePlugin;

/** Contributes the {@code l12} lattice. */
@AutoService(SublatticePlugin.class)
public final class L12Plugin implements SublatticePlugin {
    @Override
    public String name() {
        return "l12-alloy";
    }

    @Override
    public List<Contribution> contributions() {
        return List.of(Contribution.lattice("l12", L12Lattice.Factory.class));
    }
}
