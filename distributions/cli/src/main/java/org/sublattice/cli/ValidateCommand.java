package org.sublattice.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sublattice.core.pipeline.PipelineLoader;
import org.sublattice.core.pipeline.ValidatedPipeline;
import org.sublattice.core.pipeline.ValidatedStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sublattice validate PIPELINE}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a pipeline completely (syntax, types, ranges, plugins, files, stage graph) without running it.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions options;
    @Parameters(paramLabel = "PIPELINE", description = "Pipeline YAML file.")
    Path pipeline;

    @Override
    public Integer call() {
        Host host = Host.start(options);
        if (!options.quiet) {
            host.printPluginProblems(spec.commandLine().getErr());
        }
        ValidatedPipeline p = new PipelineLoader(host.registry).load(pipeline, host.settings.pipelineOverrides());
        int chains = p.stages().stream().mapToInt(s -> s.points().size()).sum();
        spec.commandLine().getOut().printf("%s: pipeline '%s' is valid: %d stage(s), %d chain(s), %s on %s%n", pipeline, p.name(),
                p.stages().size(), chains, p.describeHamiltonian(), p.latticeComponent().id());
        if (!options.quiet) {
            for (ValidatedStage s : p.stages()) {
                if (s.isTask()) {
                    spec.commandLine().getOut().printf("  stage %-12s task    %-12s%s%n", s.id(), s.task().id(),
                            p.hamiltonianStage().filter(s.id()::equals).map(x -> "  produces the Hamiltonian").orElse(""));
                } else {
                    spec.commandLine().getOut().printf("  stage %-12s sampler %-12s %4d point(s)%s%n", s.id(), s.sampler().id(),
                            s.points().size(), s.from().map(f -> "  from " + f).orElse(""));
                }
            }
        }
        return 0;
    }
}
