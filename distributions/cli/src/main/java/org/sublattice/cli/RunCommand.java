package org.sublattice.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sublattice.core.pipeline.BoundComponent;
import org.sublattice.core.pipeline.PipelineLoader;
import org.sublattice.core.pipeline.ValidatedPipeline;
import org.sublattice.core.pipeline.ValidatedStage;
import org.sublattice.core.run.PipelineRunner;
import org.sublattice.core.run.RunListener;
import org.sublattice.core.run.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sublattice run PIPELINE}. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Validate and run a pipeline; results go to the run directory (output.dir, or <output.root>/<pipeline>).")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions options;
    @Parameters(paramLabel = "PIPELINE", description = "Pipeline YAML file.")
    Path pipeline;
    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Run directory (overrides the pipeline's output.dir).")
    Path output;
    @Option(names = "--resume", description = "Continue an interrupted run in the same run directory: chains finished before "
            + "the interruption are read from its checkpoints, the others run again (same seeds, same numbers).")
    boolean resume;

    @Override
    public Integer call() {
        return run(spec, options, pipeline, output, resume, false);
    }

    /** Validates and runs (all stages, or the task stages only); prints the summary. */
    static int run(CommandSpec spec, CommonOptions options, Path pipeline, Path output, boolean resume, boolean tasksOnly) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Host host = Host.start(options);
        if (!options.quiet) {
            host.printPluginProblems(err);
        }
        ValidatedPipeline p = new PipelineLoader(host.registry).load(pipeline, host.settings.pipelineOverrides());
        if (tasksOnly && p.stages().stream().noneMatch(ValidatedStage::isTask)) {
            throw new org.sublattice.api.InvalidInputException(pipeline + ": pipeline '" + p.name() + "' has no task stages ('task:'), "
                    + "which is all 'sublattice fit' runs; use 'sublattice run'");
        }
        Path runDir = output != null ? output
                : p.output().dir().map(Path::of).orElse(host.settings.outputRoot().resolve(p.name()));
        boolean bar = !options.quiet && host.settings.progress() && System.console() != null;
        RunListener listener = bar ? new ProgressBarListener(err) : options.quiet ? RunListener.NONE : new LineListener(err);
        PipelineRunner runner = new PipelineRunner(host.settings.threads(), listener, resume, tasksOnly);
        Thread hook = new Thread(runner::cancel, "sublattice-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        RunSummary summary;
        try {
            summary = runner.run(p, runDir, componentInfo(p, host.mode));
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ignored) {
                // already shutting down
            }
        }
        out.printf("%s: %s in %.1f s; results in %s%n", p.name(), summary.status(), summary.wallSeconds(), runDir);
        summary.stages().forEach((stage, report) -> {
            if (report instanceof Map<?, ?> m && m.get("task") != null && m.get("summary") instanceof Map<?, ?> figures) {
                // A task's key figures (a fit's errors, say) are the point of running it: shown even with -q.
                StringBuilder b = new StringBuilder();
                figures.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(" = ")
                        .append(v instanceof Double d ? String.format(java.util.Locale.ROOT, "%.6g", d) : v));
                out.printf("  %s: task %s%s%n", stage, m.get("task"), b.length() == 0 ? "" : ": " + b);
                if (!options.quiet) {
                    out.printf("    files %s, tables %s%n", m.get("files"), m.get("tables"));
                }
            } else if (!options.quiet) {
                out.printf("  %s: %s%n", stage, report);
            }
        });
        return 0;
    }

    static List<Map<String, String>> componentInfo(ValidatedPipeline p, String mode) {
        List<Map<String, String>> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (BoundComponent c : p.components()) {
            if (!seen.add(c.id())) {
                continue;
            }
            Map<String, String> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("role", c.component().role().yamlName());
            m.put("plugin", c.component().plugin().plugin().name());
            m.put("version", c.component().plugin().version());
            m.put("jar", c.component().plugin().source());
            m.put("mode", c.component().plugin().mode());
            out.add(m);
        }
        return out;
    }

    /** Progress as plain lines, for logs and pipes. */
    static final class LineListener implements RunListener {
        private final PrintWriter err;

        LineListener(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void stageStarted(String stageId, int chains, long totalSteps) {
            err.printf("stage %s: %d chain(s), %,d trial steps%n", stageId, chains, totalSteps);
        }

        @Override
        public void taskStarted(String stageId, String taskId, long plannedSteps) {
            err.printf("stage %s: task %s%n", stageId, taskId);
        }

        @Override
        public void advanced(long steps) {
        }

        @Override
        public void stageFinished(String stageId, double seconds) {
            err.printf("stage %s: done in %.2f s%n", stageId, seconds);
        }
    }
}
