package org.sublattice.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.sublattice.api.BoundHamiltonian;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.run.Chain;
import org.sublattice.api.run.ConditionPoint;
import org.sublattice.api.run.ProgressSink;
import org.sublattice.core.pipeline.BoundComponent;
import org.sublattice.core.pipeline.Factories;
import org.sublattice.core.pipeline.PipelineLoader;
import org.sublattice.core.pipeline.ValidatedPipeline;
import org.sublattice.core.run.PipelineRunner;
import org.sublattice.core.run.RunListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sublattice bench}: throughput figures on the standard problem (binary FCC, pairs to the
 * 2nd neighbour shell and the nearest-neighbour triplet, random ECIs) at 4000 and 32000 sites,
 * built through the installed plugins exactly as a pipeline would build them. Prints figures;
 * asserts nothing (machines are shared and noisy: compare figures from one run).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure cluster-expansion ΔE evaluations/s, GCMC trial steps/s and KMC events/s (one thread) and μ-sweep "
                + "thread scaling.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions options;
    @Option(names = "--seconds", defaultValue = "3", description = "Measuring time per figure (default ${DEFAULT-VALUE} s).")
    double seconds;
    @Option(names = "--cubes", split = ",", defaultValue = "10,20",
            description = "FCC supercells as n×n×n conventional cubes (4n³ sites); default ${DEFAULT-VALUE}.")
    List<Integer> cubes;
    @Option(names = "--sweep-points", defaultValue = "64", description = "Points of the thread-scaling μ sweep (0 to skip).")
    int sweepPoints;
    @Option(names = "--kmc-events", defaultValue = "200000", description = "Events per kinetic Monte Carlo figure (0 to skip).")
    long kmcEvents;
    @Option(names = "--enumerate-volume", defaultValue = "12",
            description = "Largest supercell volume of the FCC binary ordering enumeration figure (0 to skip; default ${DEFAULT-VALUE}).")
    int enumerateVolume;

    // Named by its negative form with the default in the field: picocli gives a negatable option
    // declared as "--strain-scan" with defaultValue "true" the opposite of the default when named.
    @Option(names = "--no-strain-scan", negatable = true,
            description = "Skip (or, as --strain-scan, time) a 41-point Bain scan with volume relaxation of a 16-atom D0_3 cell"
                    + " (MEAM, then EAM); timed by default.")
    boolean strainScan = true;
    @Option(names = "--kmc-cubes", split = ",", defaultValue = "9,16,40",
            description = "B32 supercells of the KMC figures as n×n×n conventional cubes (16n³ sites); default ${DEFAULT-VALUE}"
                    + " (11,664, 65,536 and 1,024,000 sites).")
    List<Integer> kmcCubes;
    @Option(names = "--kmc-repeats", defaultValue = "3",
            description = "Timed runs per KMC figure, the sizes taking turns; the figure is the median cost per event over the"
                    + " chunks between the sampler's progress reports in all of them (default ${DEFAULT-VALUE}).")
    int kmcRepeats;

    @Override
    public Integer call() throws IOException {
        Host host = Host.start(options);
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("sublattice-bench");
        try {
            Files.writeString(dir.resolve("model.yaml"), standardModel());
            out.printf("standard problem: binary FCC, pairs to 2NN + NN triplet (random ECIs); %s, %d cores%n",
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
            // KMC first: the JIT compiles the cluster expansion's ΔE for the problems it meets
            // first, and compiled for the FCC ones below it ran the KMC hot loop 10–30 % slower
            // (one JVM per figure, as JMH forks, would avoid this altogether).
            if (kmcEvents > 0 && host.registry.find("kmc").isPresent()) {
                kmcFigures(host, dir, out);
            }
            for (int n : cubes) {
                ValidatedPipeline p = pipeline(host, dir, n, "gcmc", 1, 1, 1);
                Supercell sc = Supercell.of(p.lattice().prim(), p.supercell().orElseThrow());
                BoundHamiltonian h = p.hamiltonian().orElseThrow().bind(sc).forChain();
                out.printf("%7d sites  ΔE (single site): %8.3g evaluations/s%n", sc.size(), deltaRate(h, sc));
                out.flush();
                out.printf("%7d sites  GCMC (gcmc plugin): %8.3g trial steps/s%n", sc.size(), gcmcRate(host, dir, n, h, sc));
                out.flush();
            }
            structureFigures(host, dir, out);
            if (enumerateVolume > 0) {
                enumerationFigure(host, dir, out);
            }
            if (strainScan && host.registry.find("bain-burgers").isPresent() && host.registry.find("eam").isPresent()) {
                strainPathFigure(host, dir, out);
            }
            if (sweepPoints > 0) {
                double t1 = sweepSeconds(host, dir, 1);
                double t2 = sweepSeconds(host, dir, 2);
                out.printf("%d-point μ sweep (4000 sites, 200 passes each): %.2f s on 1 thread, %.2f s on 2 threads, speed-up %.2f×%n",
                        sweepPoints, t1, t2, t1 / t2);
            }
        } finally {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        return 0;
    }

    /** Orbit generation for B32 (pairs to 3rd NN, triplets to NN) and neighbour tables for 10⁶ sites. */
    private void structureFigures(Host host, Path dir, PrintWriter out) {
        org.sublattice.api.Lattice b32 = lattice(host, dir, "b32", "species: {8a: [Li, Va], 8b: [Al, Li]}");
        org.sublattice.api.crystal.Prim prim = b32.prim();
        double[] d = prim.shellDistances(3);
        long t0 = System.nanoTime();
        var group = org.sublattice.crystal.FactorGroup.of(prim);
        var space = new org.sublattice.crystal.ClusterSpace(group, new double[] {0, 0, d[2] + 1e-3, d[0] + 1e-3});
        double orbitSeconds = (System.nanoTime() - t0) / 1e9;
        out.printf("B32 orbits (pairs to 3NN, triplets to NN): %d orbits in %.3f s (factor group of %d included)%n",
                space.orbits().size(), orbitSeconds, group.size());
        org.sublattice.api.crystal.Prim fcc = lattice(host, dir, "fcc", "{}").prim();
        double nn = fcc.shellDistances(1)[0];
        var shell = fcc.neighbours(nn + 1e-4);
        long t1 = System.nanoTime();
        Supercell big = Supercell.repeat(fcc, 100, 100, 100);
        Supercell.NeighbourTable table = big.neighbourTable(shell);
        double tableSeconds = (System.nanoTime() - t1) / 1e9;
        out.printf("FCC %,d sites: nearest-neighbour table (%d per site, int[%,d]) in %.3f s%n", big.size(), table.width(),
                table.table().length, tableSeconds);
        out.flush();
    }

    /**
     * Symmetry-distinct binary FCC orderings in every supercell of volume 1 … {@code enumerateVolume}
     * (superperiodic ones left out, all compositions), as {@code sublattice enumerate orderings}
     * finds them: configurations emitted per second and complete configurations tested per second,
     * supercell symmetry included, after one warm-up run.
     */
    private void enumerationFigure(Host host, Path dir, PrintWriter out) {
        org.sublattice.api.crystal.Prim fcc = lattice(host, dir, "fcc", "species: {4a: [Au, Cu]}").prim();
        var spec = org.sublattice.crystal.enumerate.OrderingSpec.byVolume(fcc, 1, enumerateVolume);
        org.sublattice.crystal.enumerate.OrderingEnumerator.Sink sink = (scel, occ, m) -> true;
        var none = org.sublattice.crystal.enumerate.Progress.NONE;
        org.sublattice.crystal.enumerate.OrderingEnumerator.enumerate(spec, sink, none);
        long configurations = 0;
        long visited = 0;
        double secs = 0;
        int runs = 0;
        while (secs < seconds || runs < 3) {
            var summary = org.sublattice.crystal.enumerate.OrderingEnumerator.enumerate(spec, sink, none);
            configurations += summary.configurations();
            visited += summary.visited();
            secs += summary.seconds();
            runs++;
        }
        out.printf("FCC binary orderings, volumes 1–%d (%d supercells): %,d configurations, %8.3g configurations/s (%.3g tested/s), %.3f s per run%n",
                enumerateVolume, spec.supercells().size(), configurations / runs, configurations / secs, visited / secs, secs / runs);
        out.flush();
    }

    private static org.sublattice.api.Lattice lattice(Host host, Path dir, String id, String parameters) {
        var component = host.registry.find(id).orElseThrow(() -> new org.sublattice.api.InvalidInputException(
                "bench needs the '" + id + "' lattice plugin"));
        var problems = new org.sublattice.core.bind.Problems();
        org.sublattice.core.yaml.YNode.YMap yaml;
        try {
            yaml = (org.sublattice.core.yaml.YNode.YMap) new org.sublattice.core.yaml.YamlReader().read(parameters, "bench");
        } catch (org.sublattice.core.yaml.YamlSyntaxException e) {
            throw new IllegalStateException(e);
        }
        Record params = new org.sublattice.core.bind.RecordBinder(dir)
                .bindRecord(yaml, component.factory().parameters(), id, problems, java.util.Set.of()).orElseThrow();
        @SuppressWarnings("unchecked")
        var factory = (org.sublattice.api.LatticeFactory<Record>) component.factory();
        return factory.create(params, new org.sublattice.api.BuildContext(dir, "bench"));
    }

    /**
     * B32 with 4 % vacancies on the Li (8a) sublattice, a cluster expansion with pairs to the 2nd
     * shell, Li hops between nearest 8a neighbours: events/s at 16×16×16 conventional cells and the
     * per-event cost from about 10⁴ to 10⁶ sites.
     */
    private void kmcFigures(Host host, Path dir, PrintWriter out) throws IOException {
        org.sublattice.api.crystal.Prim prim = lattice(host, dir, "b32", "species: {8a: [Li, Va], 8b: [Al, Li]}").prim();
        int b0 = -1;
        for (int b = 0; b < prim.size() && b0 < 0; b++) {
            if (prim.basis().get(b).sublattice().equals("8a")) {
                b0 = b;
            }
        }
        double nn = prim.shellDistances(1)[0];
        int from = b0;
        var hop = prim.neighbours(nn + 1e-4).stream()
                .filter(n -> n.from() == from && prim.basis().get(n.to()).sublattice().equals("8a")).findFirst().orElseThrow();
        Files.writeString(dir.resolve("b32-model.yaml"), "name: bench-b32\nbasis: occupation\nclusters: {2: 3.3}\n"
                + "eci: {1: 0.05, 2: -0.02, 3: 0.01, 4: 0.02, 5: -0.01, 6: 0.005}\n");
        Files.writeString(dir.resolve("b32-hops.yaml"), "events:\n  - name: li-nn\n    sites: [[" + from + ", 0, 0, 0], [" + hop.to() + ", "
                + hop.i() + ", " + hop.j() + ", " + hop.k() + "]]\n    initial: [Li, Va]\n    kra: 0.1\n");
        int nk = kmcCubes.size();
        int[] sizes = new int[nk];
        var samplers = new org.sublattice.api.Sampler[nk];
        BoundHamiltonian[] hs = new BoundHamiltonian[nk];
        Configuration[] starts = new Configuration[nk];
        for (int k = 0; k < nk; k++) {
            int n = kmcCubes.get(k);
            Path file = dir.resolve("kmc.yaml");
            Files.writeString(file, """
                    pipeline: bench-kmc
                    system:
                      lattice: {type: b32, species: {8a: [Li, Va], 8b: [Al, Li]}}
                      hamiltonian: {type: cluster-expansion, model: b32-model.yaml}
                      supercell: {matrix: [[-%1$d, %1$d, %1$d], [%1$d, -%1$d, %1$d], [%1$d, %1$d, -%1$d]]}
                    stages:
                      - id: s
                        initial: {8a: {Va: 0.04}}
                        sampler: {type: kmc, catalog: b32-hops.yaml, equilibration: 1000, events: %2$d, trajectories: 1}
                        conditions: {temperature: 300}
                    """.formatted(n, kmcEvents));
            ValidatedPipeline q = new PipelineLoader(host.registry).load(file, Map.of());
            Supercell sc = Supercell.of(q.lattice().prim(), q.supercell().orElseThrow());
            hs[k] = q.hamiltonian().orElseThrow().bind(sc).forChain();
            starts[k] = org.sublattice.core.run.PipelineRunner.initialState(sc, q.stages().get(0), 1);
            sizes[k] = sc.size();
            samplers[k] = Factories.sampler(q.stages().get(0).sampler(), BoundComponent.context(q));
            // Untimed: the sampler expands its events once (and keeps them) and the JIT warms up.
            samplers[k].run(new Chain(0, hs[k], starts[k].copy(), new ConditionPoint(300, Map.of()), new SplittableRandom(1), 1,
                    ProgressSink.NONE));
        }
        // The sampler reports progress every few thousand events; the CPU time of this thread
        // between two reports over the events between them is the cost of an event, without the
        // set-up of a trajectory (O(N)). The median over the chunks of all runs is the figure:
        // on a shared machine, spells of interference slow some chunks down and the median
        // passes over them. The sizes take turns, so that all of them meet the same spells.
        ChunkTimer[] timers = new ChunkTimer[nk];
        for (int k = 0; k < nk; k++) {
            timers[k] = new ChunkTimer();
        }
        for (int repeat = 0; repeat < Math.max(1, kmcRepeats); repeat++) {
            for (int k = 0; k < nk; k++) {
                // Collect the previous runs' garbage now, so that no collector works beside the timed run.
                System.gc();
                timers[k].startRun();
                samplers[k].run(new Chain(0, hs[k], starts[k].copy(), new ConditionPoint(300, Map.of()), new SplittableRandom(2 + repeat),
                        2 + repeat, timers[k]));
            }
        }
        double[] perEvent = new double[nk];
        for (int k = 0; k < nk; k++) {
            double[] c = timers[k].perEvent();
            if (c.length == 0) {
                out.printf("%9d sites  KMC: no chunk of %d or more events to time; raise --kmc-events (%d)%n", sizes[k],
                        ChunkTimer.MIN_CHUNK, kmcEvents);
                return;
            }
            perEvent[k] = quantile(c, 0.5);
            out.printf("%9d sites  KMC (B32, 4%% Li vacancies, pairs to 2NN): %8.3g events/s (CPU time; median of %d chunks,"
                    + " quartiles %.3g–%.3g)%n", sizes[k], 1 / perEvent[k], c.length, 1 / quantile(c, 0.75), 1 / quantile(c, 0.25));
        }
        out.flush();
        if (sizes.length > 1) {
            out.printf("KMC cost per event, %,d → %,d sites: ×%.2f%n", sizes[0], sizes[sizes.length - 1],
                    perEvent[sizes.length - 1] / perEvent[0]);
        }
    }

    /** The q-quantile of sorted values (linear interpolation). */
    static double quantile(double[] sorted, double q) {
        double x = q * (sorted.length - 1);
        int i = (int) Math.floor(x);
        return i + 1 < sorted.length ? sorted[i] + (x - i) * (sorted[i + 1] - sorted[i]) : sorted[i];
    }

    /**
     * A progress sink that times the chunks between a sampler's progress reports in the CPU time
     * of the reporting thread (so that time spent waiting for a core does not count). Chunks of
     * fewer than {@link #MIN_CHUNK} steps (a run's last, partial one) are left out, as is the
     * first of each run, which would include the run's set-up.
     */
    static final class ChunkTimer implements ProgressSink {
        static final int MIN_CHUNK = 1000;
        private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        private final java.util.List<Double> perEvent = new java.util.ArrayList<>();
        private long last = -1;

        /** Forgets the last report, so that a new run's first chunk (its set-up) is not timed. */
        void startRun() {
            last = -1;
        }

        @Override
        public void advance(long steps) {
            long now = threads.getCurrentThreadCpuTime();
            if (last >= 0 && steps >= MIN_CHUNK) {
                perEvent.add((now - last) / 1e9 / steps);
            }
            last = now;
        }

        @Override
        public boolean cancelled() {
            return false;
        }

        /** Seconds per step of each timed chunk, sorted. */
        double[] perEvent() {
            return perEvent.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        }
    }

    /**
     * The strain-path figures: a 41-point Bain scan of the 16-atom conventional D0₃ Li₃Ag cell with
     * the volume relaxed at every point, energies from the shipped Li–Ag MEAM model (the one the
     * strain-path pipelines use) and from the Li–Ag EAM model; the sampler's run is timed (cold,
     * then warm).
     */
    private void strainPathFigure(Host host, Path dir, PrintWriter out) throws IOException {
        strainPathFigure(host, dir, out, "meam", "li-ag-meam.yaml", "MEAM");
        strainPathFigure(host, dir, out, "eam", "li-ag-eam.yaml", "EAM");
    }

    private void strainPathFigure(Host host, Path dir, PrintWriter out, String type, String modelName, String label) throws IOException {
        String relative = "configs/strain-paths/models/" + modelName;
        Path model = Path.of(System.getProperty("sublattice.home", "."), relative);
        if (!Files.exists(model)) {
            model = Path.of(relative);
        }
        if (!Files.exists(model)) {
            out.println("strain-path scan (" + label + "): skipped (" + relative + " not found)");
            return;
        }
        Path file = dir.resolve("scan-" + type + ".yaml");
        Files.writeString(file, """
                pipeline: bench-scan
                system:
                  lattice: {type: d03, a: 6.40, species: {4a: [Ag], 4b: [Li], 8c: [Li]}}
                  hamiltonian: {type: %s, potential: %s}
                  supercell: {matrix: [[-1, 1, 1], [1, -1, 1], [1, 1, -1]]}
                stages:
                  - id: bain
                    sampler: {type: bain-burgers, path: bain, e3: {from: -0.1, to: 0.4, points: 41}, relax: volume}
                    conditions: {temperature: 300}
                """.formatted(type, model.toAbsolutePath()));
        ValidatedPipeline p = new PipelineLoader(host.registry).load(file, Map.of());
        Supercell sc = Supercell.of(p.lattice().prim(), p.supercell().orElseThrow());
        BoundHamiltonian h = p.hamiltonian().orElseThrow().bind(sc).forChain();
        var sampler = Factories.sampler(p.stages().get(0).sampler(), BoundComponent.context(p));
        double[] secs = new double[2];
        long evaluations = 0;
        for (int rep = 0; rep < 2; rep++) {
            long t0 = System.nanoTime();
            var r = sampler.run(new Chain(0, h, Configuration.ideal(sc), new ConditionPoint(300, Map.of()), new SplittableRandom(1), 1,
                    ProgressSink.NONE));
            secs[rep] = (System.nanoTime() - t0) / 1e9;
            evaluations = r.steps();
        }
        out.printf("41-point Bain scan, volume relaxed, %d-atom D0_3 Li3Ag (%s, %d energies): %.2f s (first run %.2f s)%n", sc.size(),
                label, evaluations, secs[1], secs[0]);
        out.flush();
    }

    private static String standardModel() {
        // Function indices of this space: 0 empty, 1 point, 2 NN pair, 3 2NN pair, 4 NN triplet.
        SplittableRandom r = new SplittableRandom(1);
        return "name: bench-standard\nbasis: occupation\nclusters: {2: 4.3, 3: 3.0}\neci: {0: 0.0, 1: " + r.nextDouble(-0.1, 0.1)
                + ", 2: " + r.nextDouble(-0.1, 0.1) + ", 3: " + r.nextDouble(-0.1, 0.1) + ", 4: " + r.nextDouble(-0.1, 0.1) + "}\n";
    }

    private static ValidatedPipeline pipeline(Host host, Path dir, int n, String sampler, int points, int equilibration, int sampling)
            throws IOException {
        Path file = dir.resolve("bench.yaml");
        Files.writeString(file, """
                pipeline: bench
                system:
                  lattice: {type: fcc, a: 4.0, species: {4a: [Au, Cu]}}
                  hamiltonian: {type: cluster-expansion, model: model.yaml}
                  supercell: {matrix: [[-%1$d, %1$d, %1$d], [%1$d, -%1$d, %1$d], [%1$d, %1$d, -%1$d]]}
                stages:
                  - id: s
                    sampler: {type: %2$s, passes: {equilibration: %4$d, sampling: %5$d}}
                    conditions: {temperature: 800, chemical-potential: {Cu: {from: -0.2, to: 0.2, points: %3$d}}, warm-start: false}
                """.formatted(n, sampler, points, equilibration, sampling));
        return new PipelineLoader(host.registry).load(file, Map.of());
    }

    private double deltaRate(BoundHamiltonian h, Supercell sc) {
        byte[] occ = new byte[sc.size()];
        SplittableRandom r = new SplittableRandom(3);
        for (int s = 0; s < occ.length; s++) {
            occ[s] = (byte) r.nextInt(2);
        }
        int[] sites = new int[1 << 16];
        for (int i = 0; i < sites.length; i++) {
            sites[i] = r.nextInt(occ.length);
        }
        double sink = 0;
        long evaluations = 0;
        long end = System.nanoTime() + (long) (seconds * 0.3e9);
        while (System.nanoTime() < end) { // warm-up for the JIT
            for (int s : sites) {
                sink += h.deltaFlip(occ, s, 1 - occ[s]);
            }
        }
        long t0 = System.nanoTime();
        end = t0 + (long) (seconds * 1e9);
        long now;
        do {
            for (int s : sites) {
                sink += h.deltaFlip(occ, s, 1 - occ[s]);
            }
            evaluations += sites.length;
            now = System.nanoTime();
        } while (now < end);
        if (sink == 42.4242) {
            spec.commandLine().getErr().println(); // keeps the sum alive
        }
        return evaluations / ((now - t0) / 1e9);
    }

    private double gcmcRate(Host host, Path dir, int n, BoundHamiltonian h, Supercell sc) throws IOException {
        ConditionPoint cond = new ConditionPoint(800, Map.of("Cu", 0.0));
        // Calibrate the number of passes to about the requested time.
        int passes = 20;
        double rate = 0;
        for (int attempt = 0; attempt < 4; attempt++) {
            ValidatedPipeline q = pipeline(host, dir, n, "gcmc", 1, 0, passes);
            var sampler = Factories.sampler(q.stages().get(0).sampler(), BoundComponent.context(q));
            Chain chain = new Chain(0, h, Configuration.ideal(sc), cond, new SplittableRandom(5), 5, ProgressSink.NONE);
            long t0 = System.nanoTime();
            var result = sampler.run(chain);
            double secs = (System.nanoTime() - t0) / 1e9;
            rate = result.steps() / secs;
            if (secs > seconds * 0.5) {
                break;
            }
            passes = (int) Math.min(1_000_000, Math.max(passes * 2L, (long) (passes * seconds / Math.max(secs, 1e-3))));
        }
        return rate;
    }

    private double sweepSeconds(Host host, Path dir, int threads) throws IOException {
        ValidatedPipeline p = pipeline(host, dir, 10, "gcmc", sweepPoints, 0, 200);
        long t0 = System.nanoTime();
        new PipelineRunner(threads, RunListener.NONE).run(p, dir.resolve("run-" + threads), List.of());
        return (System.nanoTime() - t0) / 1e9;
    }
}
