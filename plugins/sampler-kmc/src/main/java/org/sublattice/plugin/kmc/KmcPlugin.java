package org.sublattice.plugin.kmc;

import com.google.auto.service.AutoService;
import java.util.List;
import org.sublattice.api.Contribution;
import org.sublattice.api.SublatticePlugin;

/** Contributes the {@code kmc} sampler. */
@AutoService(SublatticePlugin.class)
public final class KmcPlugin implements SublatticePlugin {
    @Override
    public String name() {
        return "sampler-kmc";
    }

    @Override
    public List<Contribution> contributions() {
        return List.of(Contribution.sampler("kmc", KmcFactory.class));
    }
}
