package org.sublattice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the assembled distribution's {@code bin/sublattice} as a user would, in module-path and in
 * class-path mode. This is the only test that sees the launcher's module resolution (for
 * instance Guice needing {@code jdk.unsupported}), so it must not be replaced by in-process tests.
 */
class DistributionIT {
    static final Path DIST = Path.of(System.getProperty("sublattice.distribution"));
    static final Path FIXTURE = Path.of(System.getProperty("sublattice.fixture.jar"));

    @TempDir
    Path tmp;
    Path home;

    @BeforeEach
    void copyDistribution() throws IOException {
        home = tmp.resolve("sublattice");
        try (Stream<Path> s = Files.walk(DIST)) {
            for (Path p : s.toList()) {
                Path to = home.resolve(DIST.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    record Result(int exit, String out) {
    }

    Result sublattice(String mode, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(home.resolve("bin/sublattice").toString()));
        if (mode.equals("classpath")) {
            cmd.add("--classpath");
        }
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("SUBLATTICE_"));
        pb.environment().put("XDG_CONFIG_HOME", tmp.resolve("config").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + cmd);
        }
        return new Result(p.exitValue(), out);
    }

    Path pipeline(String sampler) throws IOException {
        Path f = tmp.resolve("ising.yaml");
        Files.writeString(f, """
                pipeline: ising-e2e
                seed: 3
                system:
                  lattice: {type: fixture-square, species: [A, B]}
                  hamiltonian: {type: fixture-ising, j: 0.01}
                  supercell: {repeat: [8, 8, 1]}
                stages:
                  - id: sweep
                    sampler:
                      type: %s
                      passes: {equilibration: 50, sampling: 200}
                    conditions:
                      temperature: 300
                      chemical-potential: {B: [0.1, 0.05]}
                    analyzers: [composition, energy]
                output:
                  plots: [png, svg]
                """.formatted(sampler));
        return f;
    }

    JsonNode runJson(Path runDir) throws IOException {
        return new ObjectMapper().readTree(runDir.resolve("run.json").toFile());
    }

    @ParameterizedTest
    @ValueSource(strings = {"module", "classpath"})
    void theShippedFitExampleFitsTheSharedSiGeDataInBothModes(String mode) throws Exception {
        Path data = null;
        for (Path d = Path.of("").toAbsolutePath(); d != null && data == null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("shared/data"))) {
                data = d.resolve("shared/data/casm-sige");
            }
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(data != null && Files.isDirectory(data), "no shared/data/casm-sige");
        Path out = tmp.resolve("fit-" + mode);
        Result fit = sublattice(mode, "fit", home.resolve("configs/fit/fit-and-gcmc.yaml").toString(), "-o", out.toString(),
                "--set", "pipeline.system.lattice.file=" + data.resolve("prim.json"),
                "--set", "pipeline.stages.fit.task.data=" + data.resolve("SiGe_training_data.json"));
        assertEquals(0, fit.exit(), fit.out());
        assertTrue(fit.out().contains("fit: task fit: cv_meV_per_site = "), fit.out());
        assertTrue(Files.isRegularFile(out.resolve("fit/model.yaml")) && Files.isRegularFile(out.resolve("fit/hull.png")));
        assertEquals(mode, runJson(out).get("components").get(1).get("mode").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"module", "classpath"})
    void theAssembledLauncherRunsAPipelineAndListsPlugins(String mode) throws Exception {
        Files.copy(FIXTURE, home.resolve("plugins/fixture-plugin.jar"));
        Result plugins = sublattice(mode, "plugins");
        assertEquals(0, plugins.exit(), plugins.out());
        assertTrue(plugins.out().contains("gcmc") && plugins.out().contains("fixture-square") && plugins.out().contains(mode), plugins.out());
        Path out = tmp.resolve("run-" + mode);
        Result run = sublattice(mode, "run", pipeline("gcmc").toString(), "-o", out.toString());
        assertEquals(0, run.exit(), run.out());
        JsonNode json = runJson(out);
        assertEquals("ok", json.get("status").asText());
        for (JsonNode c : json.get("components")) {
            assertEquals(mode, c.get("mode").asText(), c.toString());
        }
        assertTrue(Files.size(out.resolve("sweep/composition.svg")) > 0);
        // Reported for the start-up figure: launch → first sample.
        System.out.printf("startup_seconds[%s] = %.3f%n", mode, json.get("startup_seconds").asDouble());
    }

    @ParameterizedTest
    @ValueSource(strings = {"module", "classpath"})
    void theShippedStrainPathPipelineRunsWithNoExternalProgram(String mode) throws Exception {
        Path out = tmp.resolve("li-" + mode);
        Result run = sublattice(mode, "run", home.resolve("configs/strain-paths/li-bain-burgers.yaml").toString(), "-o", out.toString(), "-q");
        assertEquals(0, run.exit(), run.out());
        String bain = Files.readString(out.resolve("bain/end-points.txt"));
        assertTrue(bain.contains("BCC (A2)") && bain.contains("FCC (A1)"), bain);
        assertTrue(Files.readString(out.resolve("burgers/end-points.txt")).contains("HCP (A3)"));
        assertTrue(Files.size(out.resolve("bain/structures/point-040.vasp")) > 0);
        assertTrue(Files.size(out.resolve("bain/strain-path.svg")) > 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"module", "classpath"})
    void enumerateWritesPoscarsAndAManifestThroughTheLatticePlugins(String mode) throws Exception {
        Path out = tmp.resolve("enum-" + mode);
        Result r = sublattice(mode, "enumerate", "orderings", "--lattice", "{type: b2, species: {1a: [Li, Va], 1b: [Ag, Li]}}", "--volumes",
                "1..2", "-o", out.toString());
        assertEquals(0, r.exit(), r.out());
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("orderings", m.get("kind").asText());
        assertTrue(Files.exists(out.resolve(m.get("configurations").get(0).get("poscar").asText())), r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"module", "classpath"})
    void aPluginJarDroppedIntoPluginsBecomesUsableWithoutARebuild(String mode) throws Exception {
        Path p = pipeline("gcmc");
        Result before = sublattice(mode, "validate", p.toString());
        assertEquals(2, before.exit(), before.out());
        assertTrue(before.out().contains("unknown lattice type 'fixture-square'"), before.out());
        Files.copy(FIXTURE, home.resolve("plugins/fixture-plugin.jar"));
        Result after = sublattice(mode, "validate", p.toString());
        assertEquals(0, after.exit(), after.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"module", "classpath"})
    void changingOneWordSwapsTheSampler(String mode) throws Exception {
        Files.copy(FIXTURE, home.resolve("plugins/fixture-plugin.jar"));
        Path p = pipeline("gcmc");
        assertEquals(0, sublattice(mode, "run", p.toString(), "-q", "-o", tmp.resolve("a").toString()).exit());
        Files.writeString(p, Files.readString(p).replace("type: gcmc", "type: canonical"));
        assertEquals(0, sublattice(mode, "run", p.toString(), "-q", "-o", tmp.resolve("b").toString()).exit());
        assertEquals("gcmc", runJson(tmp.resolve("a")).get("stages").get("sweep").get("sampler").asText());
        assertEquals("canonical", runJson(tmp.resolve("b")).get("stages").get("sweep").get("sampler").asText());
        // Semi-grand at μ_B = +0.1 eV fills B; canonical swaps keep the starting all-A composition.
        double xbGrand = Double.parseDouble(Files.readAllLines(tmp.resolve("a/sweep/composition.csv")).get(1).split(",")[4]);
        double xbCanonical = Double.parseDouble(Files.readAllLines(tmp.resolve("b/sweep/composition.csv")).get(1).split(",")[4]);
        assertTrue(xbGrand > 0.5, "x_B = " + xbGrand);
        assertEquals(0.0, xbCanonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"module", "classpath"})
    void aCorruptJarIsReportedAndTheOtherPluginsStillWork(String mode) throws Exception {
        Files.copy(FIXTURE, home.resolve("plugins/fixture-plugin.jar"));
        Files.write(home.resolve("plugins/broken-plugin.jar"), new byte[] {'n', 'o', 't', ' ', 'a', ' ', 'j', 'a', 'r'});
        Result r = sublattice(mode, "plugins");
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("skipped plugin broken-plugin.jar"), r.out());
        assertTrue(r.out().contains("fixture-square") && r.out().contains("canonical"), r.out());
        assertEquals(0, sublattice(mode, "run", pipeline("gcmc").toString(), "-q", "-o", tmp.resolve("c").toString()).exit());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SIGKILL", "SIGTERM"})
    void aSweepKilledMidwayResumesFromItsCheckpointsAndGivesTheSameNumbers(String signal) throws Exception {
        Files.copy(FIXTURE, home.resolve("plugins/fixture-plugin.jar"));
        Path p = tmp.resolve("sweep.yaml");
        Files.writeString(p, """
                pipeline: kill-resume
                seed: 99
                system:
                  lattice: {type: fixture-square}
                  hamiltonian: {type: fixture-ising, j: -0.02}
                  supercell: {repeat: [32, 32, 1]}
                stages:
                  - id: sweep
                    sampler: {type: gcmc, passes: {equilibration: 500, sampling: 1500}}
                    conditions:
                      temperature: 150
                      chemical-potential: {B: {from: -0.2, to: 0.2, points: 24}}
                    analyzers: [composition, energy]
                """);
        Result reference = sublattice("module", "run", p.toString(), "-q", "-o", tmp.resolve("whole").toString());
        assertEquals(0, reference.exit(), reference.out());

        Path killed = tmp.resolve("killed");
        List<String> cmd = List.of(home.resolve("bin/sublattice").toString(), "run", p.toString(), "-q", "-o", killed.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("killed.log").toFile());
        pb.environment().put("SUBLATTICE_NO_CDS", "1");
        Process proc = pb.start();
        Path ckpt = killed.resolve("checkpoints/sweep");
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline && (!Files.isDirectory(ckpt) || count(ckpt) < 4)) {
            assertTrue(proc.isAlive(), "the run ended before it could be killed:\n" + Files.readString(tmp.resolve("killed.log")));
            Thread.sleep(20);
        }
        // Java's Process sends SIGTERM for destroy() and SIGKILL for destroyForcibly() on Unix.
        if (signal.equals("SIGKILL")) {
            proc.destroyForcibly();
        } else {
            proc.destroy();
        }
        proc.waitFor(60, TimeUnit.SECONDS);
        long done = count(ckpt);
        assertTrue(done >= 4 && done < 24, "checkpoints at the kill: " + done);
        assertTrue(!Files.exists(killed.resolve("sweep/composition.csv")), "results written by a killed run");

        Result resumed = sublattice("module", "run", p.toString(), "-q", "--resume", "-o", killed.toString());
        assertEquals(0, resumed.exit(), resumed.out());
        for (String f : new String[] {"sweep/composition.csv", "sweep/energy.csv", "sweep/points.csv"}) {
            assertEquals(Files.readString(tmp.resolve("whole").resolve(f)), Files.readString(killed.resolve(f)), f);
        }
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.toString().endsWith(".chain")).count();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"module", "classpath"})
    void userErrorsExitWithTwoAndNoStackTrace(String mode) throws Exception {
        Result r = sublattice(mode, "run", "missing.yaml");
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.out().contains("pipeline file not found: missing.yaml") && !r.out().contains("\tat "), r.out());
    }
}
