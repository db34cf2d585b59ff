package org.sublattice.plugin.strainpath;

import com.google.auto.service.AutoService;
import java.util.List;
import org.sublattice.api.Contribution;
import org.sublattice.api.SublatticePlugin;

/** Contributes the {@code bain-burgers} sampler and the {@code strain-path} analyzer. */
@AutoService(SublatticePlugin.class)
public final class StrainPathPlugin implements SublatticePlugin {
    @Override
    public String name() {
        return "sampler-bain-burgers";
    }

    @Override
    public List<Contribution> contributions() {
        return List.of(Contribution.sampler("bain-burgers", BainBurgersFactory.class),
                Contribution.analyzer("strain-path", StrainPathAnalyzer.Factory.class));
    }
}
