package org.sublattice.plugin.gcmc;

import com.google.auto.service.AutoService;
import java.util.List;
import org.sublattice.api.Contribution;
import org.sublattice.api.SublatticePlugin;

/** Contributes the {@code gcmc} and {@code canonical} samplers. */
@AutoService(SublatticePlugin.class)
public final class GcmcPlugin implements SublatticePlugin {
    @Override
    public String name() {
        return "sampler-gcmc";
    }

    @Override
    public List<Contribution> contributions() {
        return List.of(Contribution.sampler("gcmc", GcmcFactory.class),
                Contribution.sampler("canonical", CanonicalFactory.class));
    }
}
