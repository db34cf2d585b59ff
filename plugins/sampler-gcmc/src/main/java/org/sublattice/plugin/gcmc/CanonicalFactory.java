package org.sublattice.plugin.gcmc;

import org.sublattice.api.BuildContext;
import org.sublattice.api.Sampler;
import org.sublattice.api.SamplerFactory;

/** Factory of the canonical sampler. */
public final class CanonicalFactory implements SamplerFactory<MetropolisParameters> {
    @Override
    public Class<MetropolisParameters> parameters() {
        return MetropolisParameters.class;
    }

    @Override
    public String summary() {
        return "canonical Metropolis: swaps of occupants between sites with the same allowed occupants (composition fixed)";
    }

    @Override
    public String example() {
        return """
                sampler:
                  type: canonical
                  passes: {equilibration: 1000, sampling: 5000}
                """;
    }

    @Override
    public Sampler create(MetropolisParameters p, BuildContext context) {
        return new MetropolisSampler(MetropolisSampler.Ensemble.CANONICAL, p);
    }
}
