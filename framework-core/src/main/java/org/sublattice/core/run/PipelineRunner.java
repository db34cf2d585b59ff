package org.sublattice.core.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sublattice.api.Analyzer;
import org.sublattice.api.ApiVersion;
import org.sublattice.api.BoundHamiltonian;
import org.sublattice.api.BuildContext;
import org.sublattice.api.Hamiltonian;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.Sampler;
import org.sublattice.api.Task;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.run.AnalysisResult;
import org.sublattice.api.run.Chain;
import org.sublattice.api.run.ChainResult;
import org.sublattice.api.run.ConditionPoint;
import org.sublattice.api.run.PlotSpec;
import org.sublattice.api.run.PointResult;
import org.sublattice.api.run.ProgressSink;
import org.sublattice.api.run.ResultTable;
import org.sublattice.api.run.StageData;
import org.sublattice.api.run.TaskContext;
import org.sublattice.api.run.TextFile;
import org.sublattice.api.run.TaskResult;
import org.sublattice.core.pipeline.BoundComponent;
import org.sublattice.core.pipeline.Factories;
import org.sublattice.core.pipeline.ValidatedPipeline;
import org.sublattice.core.pipeline.ValidatedStage;
import org.sublattice.core.yaml.YamlWriter;

/**
 * Runs a validated pipeline into a run directory: binds the Hamiltonian to the supercell, runs
 * each sampler stage's chains on a thread pool (one chain per condition point, seeds derived from
 * the pipeline seed so that results do not depend on the thread count), hands the results to the
 * stage's analyzers, runs task stages once each (binding the Hamiltonian a task stage produces
 * when the pipeline names it), and writes the resolved pipeline, {@code run.json}, tables (CSV,
 * JSON) and plots, one directory per stage. Every file is written atomically.
 */
public final class PipelineRunner {
    private final int threads;
    private final RunListener listener;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    private final boolean resume;
    private final boolean tasksOnly;

    public PipelineRunner(int threads, RunListener listener) {
        this(threads, listener, false);
    }

    public PipelineRunner(int threads, RunListener listener, boolean resume) {
        this(threads, listener, resume, false);
    }

    /**
     * @param threads worker threads (sweep lines run in parallel)
     * @param listener progress
     * @param resume reuse the finished chains checkpointed in the run directory by an earlier,
     *     interrupted run of the same pipeline
     * @param tasksOnly run the task stages only (e.g. fits) and skip the sampler stages, which are
     *     listed as skipped in {@code run.json}
     */
    public PipelineRunner(int threads, RunListener listener, boolean resume, boolean tasksOnly) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.listener = listener;
        this.resume = resume;
        this.tasksOnly = tasksOnly;
    }

    /** Asks running chains to stop (e.g. on SIGTERM); they return what they have. */
    public void cancel() {
        cancelled.set(true);
    }

    /**
     * Runs the pipeline.
     *
     * @param pipeline the validated pipeline
     * @param runDirectory where to write
     * @param componentInfo for {@code run.json}: one entry per component in use
     * @return the run summary that was written as {@code run.json}
     */
    public RunSummary run(ValidatedPipeline pipeline, Path runDirectory, List<Map<String, String>> componentInfo) {
        long t0 = System.nanoTime();
        Instant started = Instant.now();
        BuildContext ctx = BoundComponent.context(pipeline);
        try {
            AtomicFiles.writeString(runDirectory.resolve("pipeline.resolved.yaml"), YamlWriter.write(pipeline.resolved()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to run directory " + runDirectory, e);
        }
        Supercell supercell = null;
        if (pipeline.supercell().isPresent() && pipeline.hasSamplerStages() && !tasksOnly) {
            try {
                supercell = Supercell.of(pipeline.lattice().prim(), pipeline.supercell().get());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("system.supercell: " + e.getMessage(), e);
            }
        }
        // A Hamiltonian component is bound now; one produced by a task stage when that stage has run
        // (validation put it before every sampler stage).
        Hamiltonian model = pipeline.hamiltonian().orElse(null);
        BoundHamiltonian hamiltonian = model != null && supercell != null ? model.bind(supercell) : null;
        double[] startup = {Double.NaN};
        Checkpoints checkpoints = Checkpoints.open(runDirectory, YamlWriter.write(pipeline.resolved()), resume);
        Map<String, List<Configuration>> finals = new HashMap<>();
        Map<String, Map<String, ResultTable>> tables = new HashMap<>();
        Map<String, Object> stageReports = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sublattice-chain");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int si = 0; si < pipeline.stages().size(); si++) {
                ValidatedStage stage = pipeline.stages().get(si);
                int stageIndex = indexOf(pipeline, stage.id());
                if (Double.isNaN(startup[0])) {
                    startup[0] = secondsSinceLaunch();
                }
                if (stage.isTask()) {
                    TaskOutcome outcome = runTask(pipeline, stage, stageIndex, runDirectory, ctx, checkpoints);
                    stageReports.put(stage.id(), outcome.report());
                    if (pipeline.hamiltonianStage().filter(stage.id()::equals).isPresent()) {
                        model = outcome.hamiltonian().orElseThrow(() -> new IllegalStateException("task '" + stage.task().id()
                                + "' of stage '" + stage.id() + "' produced no Hamiltonian, but system.hamiltonian names that stage"));
                        if (supercell != null) {
                            hamiltonian = model.bind(supercell);
                        }
                    }
                    continue;
                }
                if (tasksOnly) {
                    Map<String, Object> report = new LinkedHashMap<>();
                    report.put("sampler", stage.sampler().id());
                    report.put("skipped", "only task stages were run");
                    stageReports.put(stage.id(), report);
                    continue;
                }
                if (hamiltonian == null || supercell == null) {
                    throw new IllegalStateException("sampler stage " + stage.id() + " has no bound Hamiltonian; validation should have "
                            + "required system.hamiltonian and system.supercell");
                }
                stageReports.put(stage.id(), runSamplerStage(pipeline, stage, stageIndex, supercell, hamiltonian, runDirectory, ctx,
                        checkpoints, finals, tables, pool));
            }
        } finally {
            pool.shutdownNow();
        }
        // Written after the chains so that it does not delay the first sample.
        if (model != null) {
            model.terms().ifPresent(t -> {
                try {
                    TableWriter.write(t, runDirectory.resolve("hamiltonian"));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write Hamiltonian terms to " + runDirectory, e);
                }
            });
        }
        RunSummary summary = new RunSummary(pipeline.name(), pipeline.file().toString(), pipeline.seed(), threads,
                ApiVersion.current(), started.toString(), startup[0], (System.nanoTime() - t0) / 1e9, cancelled.get() ? "cancelled" : "ok",
                componentInfo, stageReports);
        try {
            AtomicFiles.writeString(runDirectory.resolve("run.json"), TableWriter.JSON.writeValueAsString(summary.toJson()) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write run.json", e);
        }
        return summary;
    }

    private Map<String, Object> runSamplerStage(ValidatedPipeline pipeline, ValidatedStage stage, int stageIndex, Supercell supercell,
            BoundHamiltonian hamiltonian, Path runDirectory, BuildContext ctx, Checkpoints checkpoints,
            Map<String, List<Configuration>> finals, Map<String, Map<String, ResultTable>> tables, ExecutorService pool) {
        long ts = System.nanoTime();
        Sampler sampler = Factories.sampler(stage.sampler(), ctx);
        List<Configuration> starts = stage.from().map(finals::get).orElse(null);
        List<ConditionPoint> points = DerivedConditions.resolve(stage.id(), stage.points(), stage.chemicalPotentialFrom(), tables);
        listener.stageStarted(stage.id(), points.size(), sampler.plannedSteps(supercell.size()) * points.size());
        long[] seeds = new long[points.size()];
        for (int p = 0; p < points.size(); p++) {
            seeds[p] = Seeds.derive(pipeline.seed(), stageIndex, p);
        }
        ChainResult[] chainResults = new ChainResult[points.size()];
        // One task per sweep line: its points run in order, each from the previous one's
        // final state; lines run in parallel.
        List<Future<?>> futures = new ArrayList<>();
        for (List<Integer> line : stage.lines()) {
            futures.add(pool.submit(() -> {
                Configuration previous = null;
                for (int p : line) {
                    // 'from' without 'from-point' pairs points by index: each chain starts
                    // from its own point of that stage, never from its neighbour on the line.
                    boolean paired = starts != null && stage.fromPoint().isEmpty();
                    Configuration initial = paired ? starts.get(Math.min(p, starts.size() - 1)).copy()
                            : previous != null ? previous.copy()
                            : starts == null ? initialState(supercell, stage, Seeds.derive(pipeline.seed(), stageIndex, -1))
                            : starts.get(stage.fromPoint().get()).copy();
                    var saved = checkpoints.load(stage.id(), p, seeds[p], supercell);
                    ChainResult r;
                    if (saved.isPresent()) {
                        r = saved.get();
                        listener.advanced(r.steps());
                    } else {
                        Chain chain = new Chain(p, hamiltonian.forChain(), initial, points.get(p), new SplittableRandom(seeds[p]),
                                seeds[p], progress());
                        r = sampler.run(chain);
                        if (cancelled.get()) {
                            return null; // an interrupted chain is neither saved nor used
                        }
                        checkpoints.save(stage.id(), p, seeds[p], r);
                    }
                    chainResults[p] = r;
                    previous = r.finalState();
                }
                return null;
            }));
        }
        for (int i = 0; i < futures.size(); i++) {
            get(futures.get(i), stage.id(), stage.lines().get(i).get(0));
        }
        if (cancelled.get()) {
            throw new InvalidInputException("run cancelled; finished chains are checkpointed in " + runDirectory.resolve("checkpoints")
                    + " (resume with --resume)");
        }
        List<PointResult> results = new ArrayList<>();
        List<Configuration> stageFinals = new ArrayList<>();
        List<Long> seedList = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            results.add(new PointResult(p, points.get(p), chainResults[p]));
            stageFinals.add(chainResults[p].finalState());
            seedList.add(seeds[p]);
        }
        finals.put(stage.id(), stageFinals);
        StageData data = new StageData(stage.id(), supercell, hamiltonian.forChain(), results);
        Path stageDir = runDirectory.resolve(stage.id());
        writePoints(data, seedList, stageDir);
        List<Object> analyzerReports = new ArrayList<>();
        for (BoundComponent a : stage.analyzers()) {
            Analyzer analyzer = Factories.analyzer(a, ctx);
            AnalysisResult ar = analyzer.analyze(data);
            for (ResultTable rt : ar.tables()) {
                tables.computeIfAbsent(stage.id(), k -> new LinkedHashMap<>()).putIfAbsent(rt.name(), rt);
            }
            analyzerReports.add(writeAnalysis(a.id(), ar, stageDir, pipeline));
        }
        double seconds = (System.nanoTime() - ts) / 1e9;
        listener.stageFinished(stage.id(), seconds);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("sampler", stage.sampler().id());
        report.put("points", points.size());
        report.put("wall_seconds", seconds);
        report.put("analyzers", analyzerReports);
        return report;
    }

    private record TaskOutcome(Map<String, Object> report, Optional<Hamiltonian> hamiltonian) {
    }

    /**
     * Runs a task stage: its files, tables and plots go to {@code <run>/<stage>/}. Tasks are not
     * checkpointed; they are deterministic, so on resume they run again and give the same
     * outputs. A Hamiltonian they produce is fingerprinted so that a resumed run does not mix
     * checkpointed chains of one model with another (changed training data, say).
     */
    private TaskOutcome runTask(ValidatedPipeline pipeline, ValidatedStage stage, int stageIndex, Path runDirectory, BuildContext ctx,
            Checkpoints checkpoints) {
        long ts = System.nanoTime();
        Task task = Factories.task(stage.task(), pipeline.lattice(), ctx);
        listener.taskStarted(stage.id(), stage.task().id(), task.plannedSteps());
        Path dir = runDirectory.resolve(stage.id());
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        long seed = Seeds.derive(pipeline.seed(), stageIndex, 0);
        TaskResult result;
        try {
            result = task.run(new TaskContext(stage.id(), pipeline.lattice(), dir, progress(), new SplittableRandom(seed), seed));
        } catch (InvalidInputException e) {
            throw new InvalidInputException("stage " + stage.id() + " (task " + stage.task().id() + "): " + e.getMessage(), e);
        }
        if (cancelled.get()) {
            throw new InvalidInputException("run cancelled during task stage " + stage.id());
        }
        for (String f : result.files()) {
            if (!Files.isRegularFile(dir.resolve(f))) {
                throw new IllegalStateException("task '" + stage.task().id() + "' of stage " + stage.id() + " lists file " + f
                        + " but did not write it into " + dir);
            }
        }
        Map<String, Object> written = writeResults(stage.task().id(), result.tables(), result.plots(), dir, pipeline);
        if (pipeline.hamiltonianStage().filter(stage.id()::equals).isPresent() && result.hamiltonian().isPresent()) {
            checkpoints.checkTaskOutput(stage.id(), fingerprint(result.hamiltonian().get()));
        }
        double seconds = (System.nanoTime() - ts) / 1e9;
        listener.stageFinished(stage.id(), seconds);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("task", stage.task().id());
        report.put("wall_seconds", seconds);
        report.put("seed", seed);
        report.put("summary", result.summary());
        report.put("tables", written.get("tables"));
        report.put("plots", written.get("plots"));
        report.put("files", result.files());
        report.put("hamiltonian", result.hamiltonian().isPresent());
        return new TaskOutcome(report, result.hamiltonian());
    }

    /** The Hamiltonian's terms table as text; empty when it publishes no terms. */
    private static String fingerprint(Hamiltonian h) {
        return h.terms().map(t -> {
            StringBuilder b = new StringBuilder(t.name());
            t.columns().forEach(c -> b.append(',').append(c.name()));
            for (double[] row : t.rows()) {
                b.append('\n').append(java.util.Arrays.toString(row));
            }
            return b.toString();
        }).orElse("");
    }

    /**
     * The ideal ordering with the stage's {@code initial} species placed on random sites of their
     * sublattices (same seed, same placement).
     */
    public static Configuration initialState(Supercell sc, ValidatedStage stage, long seed) {
        Configuration c = Configuration.ideal(sc);
        if (stage.initial().isEmpty()) {
            return c;
        }
        byte[] occ = c.occupation();
        SplittableRandom r = new SplittableRandom(seed);
        for (var e : new java.util.TreeMap<>(stage.initial()).entrySet()) {
            List<Integer> sites = new ArrayList<>();
            for (int s = 0; s < sc.size(); s++) {
                if (sc.site(s).sublattice().equals(e.getKey())) {
                    sites.add(s);
                }
            }
            // Fisher–Yates over the sublattice's sites; each species takes the next ones.
            for (int i = sites.size() - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                Integer t = sites.get(i);
                sites.set(i, sites.get(j));
                sites.set(j, t);
            }
            int next = 0;
            for (var sp : new java.util.TreeMap<>(e.getValue()).entrySet()) {
                double v = sp.getValue();
                int n = (int) Math.round(v >= 1 ? v : v * sites.size());
                if (next + n > sites.size()) {
                    throw new InvalidInputException("stage " + stage.id() + ": initial." + e.getKey() + " asks for more sites than the "
                            + sites.size() + " of that sublattice in the supercell");
                }
                for (int k = 0; k < n; k++) {
                    int s = sites.get(next++);
                    occ[s] = (byte) sc.site(s).indexOf(sp.getKey());
                }
            }
        }
        return c;
    }

    /** Seconds from the JVM's launch to now (plugin discovery, validation, binding); NaN if unknown. */
    static double secondsSinceLaunch() {
        return ProcessHandle.current().info().startInstant()
                .map(t -> java.time.Duration.between(t, Instant.now()).toNanos() / 1e9).orElse(Double.NaN);
    }

    private static int indexOf(ValidatedPipeline p, String id) {
        // The stage's index in the file, not in run order, so that reordering does not change seeds.
        int i = 0;
        for (Object s : ((org.sublattice.core.yaml.YNode.YList) ((org.sublattice.core.yaml.YNode.YMap) p.resolved()).get("stages")).items()) {
            if (s instanceof org.sublattice.core.yaml.YNode.YMap m && m.get("id") instanceof org.sublattice.core.yaml.YNode.YScalar sc
                    && sc.text().equals(id)) {
                return i;
            }
            i++;
        }
        return i;
    }

    private ProgressSink progress() {
        return new ProgressSink() {
            @Override
            public void advance(long steps) {
                listener.advanced(steps);
            }

            @Override
            public boolean cancelled() {
                return cancelled.get();
            }
        };
    }

    private static Object get(Future<?> f, String stage, int point) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for stage " + stage + " point " + point, e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof InvalidInputException ie) {
                throw ie;
            }
            throw new IllegalStateException("stage " + stage + " point " + point + " failed: " + c, c);
        }
    }

    private static void writePoints(StageData data, List<Long> seeds, Path dir) {
        List<String> species = new ArrayList<>();
        for (PointResult p : data.points()) {
            for (String s : p.conditions().chemicalPotentials().keySet()) {
                if (!species.contains(s)) {
                    species.add(s);
                }
            }
        }
        List<org.sublattice.api.run.Column> cols = new ArrayList<>();
        cols.add(new org.sublattice.api.run.Column("point", ""));
        cols.add(new org.sublattice.api.run.Column("temperature", "K"));
        for (String s : species) {
            cols.add(new org.sublattice.api.run.Column("mu_" + s, "eV"));
        }
        cols.add(new org.sublattice.api.run.Column("samples", ""));
        cols.add(new org.sublattice.api.run.Column("steps", ""));
        cols.add(new org.sublattice.api.run.Column("seed", ""));
        List<double[]> rows = new ArrayList<>();
        for (PointResult p : data.points()) {
            double[] r = new double[cols.size()];
            int c = 0;
            r[c++] = p.index();
            r[c++] = p.conditions().temperature();
            for (String s : species) {
                r[c++] = p.conditions().mu(s);
            }
            r[c++] = p.chain().samples();
            r[c++] = p.chain().steps();
            // Seeds are 64-bit; the CSV keeps them exactly only in run.json, here as a double tag.
            r[c] = seeds.get(p.index()) >>> 11;
            rows.add(r);
        }
        try {
            TableWriter.write(new ResultTable("points", cols, rows), dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir, e);
        }
    }

    private static Map<String, Object> writeAnalysis(String id, AnalysisResult ar, Path dir, ValidatedPipeline pipeline) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("analyzer", id);
        report.putAll(writeResults(id, ar.tables(), ar.plots(), dir, pipeline));
        try {
            List<String> files = writeFiles(ar.files(), dir);
            if (!files.isEmpty()) {
                report.put("files", files);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write files of " + id + " to " + dir, e);
        }
        return report;
    }

    /**
     * Writes an analyzer's text files under the stage directory, each atomically; returns their
     * paths relative to it. {@link TextFile} paths are relative and free of {@code ..} by
     * construction; the check here guards the directory anyway.
     */
    static List<String> writeFiles(List<TextFile> files, Path dir) throws IOException {
        List<String> written = new ArrayList<>();
        Path base = dir.toAbsolutePath().normalize();
        for (TextFile f : files) {
            Path target = base.resolve(f.path()).normalize();
            if (!target.startsWith(base)) {
                throw new IllegalArgumentException("file " + f.path() + " would leave the stage directory " + dir);
            }
            AtomicFiles.writeString(target, f.content());
            written.add(f.path());
        }
        return written;
    }

    /** Writes tables (CSV, JSON) and plots of an analyzer or a task; returns their file names. */
    private static Map<String, Object> writeResults(String id, List<ResultTable> tableList, List<PlotSpec> plotList, Path dir,
            ValidatedPipeline pipeline) {
        List<String> tables = new ArrayList<>();
        List<String> plots = new ArrayList<>();
        try {
            for (ResultTable t : tableList) {
                TableWriter.write(t, dir);
                tables.add(t.name() + ".csv");
            }
            for (PlotSpec p : plotList) {
                ResultTable t = tableList.stream().filter(x -> x.name().equals(p.table())).findFirst().orElseThrow();
                plots.addAll(Plotter.write(p, t, dir, pipeline.output().plots()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results of " + id + " to " + dir, e);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("tables", tables);
        report.put("plots", plots);
        return report;
    }
}
