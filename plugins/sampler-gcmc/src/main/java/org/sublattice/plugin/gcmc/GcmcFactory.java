package org.sublattice.plugin.gcmc;

import org.sublattice.api.BuildContext;
import org.sublattice.api.Sampler;
import org.sublattice.api.SamplerFactory;

/** Factory of the semi-grand canonical sampler. */
public final class GcmcFactory implements SamplerFactory<MetropolisParameters> {
    @Override
    public Class<MetropolisParameters> parameters() {
        return MetropolisParameters.class;
    }

    @Override
    public String summary() {
        return "semi-grand canonical Metropolis: single-site occupant changes at fixed exchange chemical potentials (Va = 0)";
    }

    @Override
    public String example() {
        return """
                sampler:
                  type: gcmc
                  passes: {equilibration: 1000, sampling: 5000, sample-every: 1}
                  equilibration-detection: mser          # or none
                  precision: {energy: 1.0e-5, composition: 1.0e-4, max-passes: 50000}   # optional
                """;
    }

    @Override
    public Sampler create(MetropolisParameters p, BuildContext context) {
        return new MetropolisSampler(MetropolisSampler.Ensemble.SEMI_GRAND, p);
    }
}
