package org.sublattice.plugin.gcmc;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.sublattice.testkit.PluginKit;
import org.sublattice.testkit.SamplerContract;

/** The sampler contract for gcmc and canonical, built through the plugin as a pipeline would. */
class MetropolisContractTest extends SamplerContract {
    @Override
    protected Stream<Case> samplers() {
        PluginKit kit = PluginKit.discover(Path.of("."));
        String passes = "passes: {equilibration: 100, sampling: 200000, sample-every: 5}";
        return Stream.of(new Case("gcmc", kit.sampler("gcmc", passes), Ensemble.SEMI_GRAND),
                new Case("canonical", kit.sampler("canonical", passes), Ensemble.CANONICAL));
    }
}
