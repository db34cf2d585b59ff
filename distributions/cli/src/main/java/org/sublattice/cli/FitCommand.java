package org.sublattice.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sublattice fit PIPELINE}: validates the whole pipeline, then runs its task stages only
 * (fits, and any other one-shot tasks) and skips its sampler stages, so a fit can be iterated on
 * before any Monte Carlo runs. Results go where {@code sublattice run} puts them.
 */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = "Validate a pipeline and run only its task stages (e.g. a cluster-expansion fit), skipping its sampler "
                + "stages; results go to the run directory as with 'run'.")
final class FitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions options;
    @Parameters(paramLabel = "PIPELINE", description = "Pipeline YAML file.")
    Path pipeline;
    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Run directory (overrides the pipeline's output.dir).")
    Path output;

    @Override
    public Integer call() {
        return RunCommand.run(spec, options, pipeline, output, false, true);
    }
}
