package org.sublattice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {
    @TempDir
    Path tmp;

    @Test
    void pluginsListsEveryComponentWithRoleVersionAndMode() {
        Cli r = Cli.run("plugins");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("(?s).*gcmc\\s+sampler\\s+sampler-gcmc\\s+\\S+\\s+\\S+\\s+classpath.*"), r.out());
        assertTrue(r.out().contains("fixture-square") && r.out().contains("composition"), r.out());
    }

    @Test
    void describeShowsParametersDefaultsUnitsAndAnExample() {
        Cli r = Cli.run("describe", "fixture-ising");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("fixture-ising (hamiltonian)"), r.out());
        assertTrue(r.out().matches("(?s).*j\\s+number\\s+default 0, unit eV — nearest-neighbour coupling.*"), r.out());
        assertTrue(r.out().contains("example:") && r.out().contains("type: fixture-ising"), r.out());
        Cli nested = Cli.run("describe", "gcmc");
        assertTrue(nested.out().contains("passes") && nested.out().contains("mapping"), nested.out());
    }

    @Test
    void describeOfAnUnknownTypeSuggestsTheNearest() {
        Cli r = Cli.run("describe", "canonicl");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("unknown component type 'canonicl'") && r.err().contains("did you mean 'canonical'?"), r.err());
    }

    @Test
    void runWritesResolvedPipelineRunJsonTablesAndPlots() throws Exception {
        Path pipeline = InvalidPipelineCorpusTest.dir("valid-ising.yaml");
        Path out = tmp.resolve("run");
        Cli r = Cli.run("run", pipeline.toString(), "-o", out.toString(), "--set", "threads=2", "--set", "pipeline.seed=11");
        assertEquals(0, r.exit(), r.err());
        JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        assertEquals("ok", run.get("status").asText());
        assertEquals(11, run.get("seed").asLong());
        assertEquals(2, run.get("threads").asInt());
        assertTrue(run.get("startup_seconds").isNumber());
        assertTrue(Files.readString(out.resolve("pipeline.resolved.yaml")).contains("seed: 11"));
        assertTrue(Files.exists(out.resolve("sweep/composition.csv")));
        assertTrue(Files.exists(out.resolve("sweep/composition.png")));
        assertTrue(Files.exists(out.resolve("hold/energy.json")));
        assertEquals(4, Files.readAllLines(out.resolve("sweep/composition.csv")).size());
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() throws Exception {
        Path pipeline = InvalidPipelineCorpusTest.dir("valid-ising.yaml");
        Cli one = Cli.run("run", pipeline.toString(), "-q", "-o", tmp.resolve("one").toString(), "--set", "threads=1");
        Cli two = Cli.run("run", pipeline.toString(), "-q", "-o", tmp.resolve("two").toString(), "--set", "threads=2");
        assertEquals(0, one.exit() + two.exit(), one.err() + two.err());
        for (String f : new String[] {"sweep/composition.csv", "sweep/energy.csv", "hold/energy.csv"}) {
            assertEquals(Files.readString(tmp.resolve("one").resolve(f)), Files.readString(tmp.resolve("two").resolve(f)), f);
        }
    }

    @Test
    void aTaskStageProducesTheHamiltonianThatTheSamplerStagesUse() throws Exception {
        Path out = tmp.resolve("task");
        Cli r = Cli.run("run", InvalidPipelineCorpusTest.dir("valid-task-then-mc.yaml").toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode couple = new ObjectMapper().readTree(out.resolve("run.json").toFile()).get("stages").get("couple");
        assertEquals("fixture-coupling", couple.get("task").asText());
        assertTrue(couple.get("hamiltonian").asBoolean());
        double j = couple.get("summary").get("j").asDouble();
        assertTrue(Math.abs(j - 0.01) <= 0.001 && j != 0.01, "j = " + j);
        assertEquals("j=" + j, Files.readString(out.resolve("couple/coupling.properties")).trim());
        assertTrue(Files.exists(out.resolve("couple/coupling.csv")) && Files.exists(out.resolve("couple/coupling.png")));
        // The Hamiltonian written beside the stages is the one the task produced.
        assertEquals(j, Double.parseDouble(Files.readAllLines(out.resolve("hamiltonian/terms.csv")).get(1).split(",")[0]), 1e-15);
        assertEquals(3, Files.readAllLines(out.resolve("sweep/composition.csv")).size());
        assertEquals("finished", Files.readString(out.resolve("note/note.txt")).trim());
        assertTrue(r.out().contains("couple: task fixture-coupling: j = "), r.out());
    }

    @Test
    void fitRunsOnlyTheTaskStagesAndSaysWhichItSkipped() throws Exception {
        Path out = tmp.resolve("fit");
        Cli r = Cli.run("fit", InvalidPipelineCorpusTest.dir("valid-task-then-mc.yaml").toString(), "-o", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.exists(out.resolve("couple/coupling.properties")) && Files.exists(out.resolve("note/note.txt")));
        assertTrue(!Files.exists(out.resolve("sweep")), "the sampler stage ran");
        JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        assertTrue(run.get("stages").get("sweep").get("skipped").isTextual());
        assertTrue(r.out().contains("couple: task fixture-coupling: j = "), "figures are shown even with -q: " + r.out());
        Cli none = Cli.run("fit", InvalidPipelineCorpusTest.dir("valid-ising.yaml").toString(), "-o", tmp.resolve("none").toString());
        assertEquals(2, none.exit(), none.out());
        assertTrue(none.err().contains("pipeline 'ising-valid' has no task stages ('task:'), which is all 'sublattice fit' runs"), none.err());
    }

    @Test
    void aPipelineOfTaskStagesNeedsNoHamiltonianNorSupercell() {
        Path pipeline = InvalidPipelineCorpusTest.dir("valid-tasks-only.yaml");
        Cli v = Cli.run("validate", pipeline.toString());
        assertEquals(0, v.exit(), v.err());
        assertTrue(v.out().contains("2 stage(s), 0 chain(s), no Hamiltonian on fixture-square"), v.out());
        Cli r = Cli.run("run", pipeline.toString(), "-q", "-o", tmp.resolve("tasks").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.exists(tmp.resolve("tasks/couple/coupling.csv")) && !Files.exists(tmp.resolve("tasks/hamiltonian")));
    }

    @Test
    void taskStagesRerunOnResumeWithTheSameResultAndRefuseAChangedModel() throws Exception {
        Path dir = tmp.resolve("resume");
        Files.createDirectories(dir);
        Path j = Files.writeString(dir.resolve("j.txt"), "0.01\n");
        Path pipeline = Files.writeString(dir.resolve("p.yaml"), Files.readString(InvalidPipelineCorpusTest.dir("valid-task-then-mc.yaml"))
                .replace("{type: fixture-coupling, j: 0.01, noise: 0.001}", "{type: fixture-coupling, file: j.txt, noise: 0.001}"));
        Path out = dir.resolve("run");
        assertEquals(0, Cli.run("run", pipeline.toString(), "-q", "-o", out.toString()).exit());
        String first = Files.readString(out.resolve("couple/coupling.csv"));
        Cli again = Cli.run("run", pipeline.toString(), "-q", "--resume", "-o", out.toString());
        assertEquals(0, again.exit(), again.err());
        assertEquals(first, Files.readString(out.resolve("couple/coupling.csv")));
        Files.writeString(j, "0.02\n");
        Cli changed = Cli.run("run", pipeline.toString(), "-q", "--resume", "-o", out.toString());
        assertEquals(2, changed.exit(), changed.out());
        assertTrue(changed.err().contains("task stage couple produced a different Hamiltonian than in the interrupted run"), changed.err());
    }

    /** shared/data/casm-sige above the working directory; skips the test without it. */
    private static Path sige() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("shared/data"))) {
                Path s = d.resolve("shared/data/casm-sige");
                org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(s), "shared/data/casm-sige missing");
                return s;
            }
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(false, "no shared/data above the working directory");
        return null;
    }

    @Test
    void theShippedFitExampleFitsTheSiGeDataAndRunsGcmcOnTheModel() throws Exception {
        Path data = sige();
        Path example = Path.of("../../configs/fit/fit-and-gcmc.yaml").toAbsolutePath().normalize();
        String[] files = {"--set", "pipeline.system.lattice.file=" + data.resolve("prim.json"),
            "--set", "pipeline.stages.fit.task.data=" + data.resolve("SiGe_training_data.json")};
        Path out = tmp.resolve("sige");
        Cli fit = Cli.run(concat(new String[] {"fit", example.toString(), "-o", out.toString()}, files));
        assertEquals(0, fit.exit(), fit.err());
        assertTrue(fit.out().matches("(?s).*fit: task fit: cv_meV_per_site = 1\\.\\d+, rms_meV_per_site = .*structures_used = 52\\.0.*"),
                fit.out());
        assertTrue(Files.exists(out.resolve("fit/model.yaml")) && Files.exists(out.resolve("fit/hull.png")) && !Files.exists(out.resolve("sweep")));

        Cli run = Cli.run(concat(new String[] {"run", example.toString(), "-q", "-o", tmp.resolve("sige-run").toString(),
            "--set", "pipeline.system.supercell.repeat=[3, 3, 3]",
            "--set", "pipeline.stages.sweep.sampler.passes={equilibration: 100, sampling: 200}"}, files));
        assertEquals(0, run.exit(), run.err());
        List<String> composition = Files.readAllLines(tmp.resolve("sige-run/sweep/composition.csv"));
        int col = java.util.Arrays.asList(composition.get(0).split(",")).indexOf("x_Ge@s0");
        double previous = -1;
        for (String line : composition.subList(1, composition.size())) {
            double x = Double.parseDouble(line.split(",")[col]);
            assertTrue(x > previous, "x_Ge does not rise with mu_Ge: " + composition);
            previous = x;
        }
        assertTrue(previous > 0.5, "the sweep should cross x = 1/2: " + composition);
    }

    @Test
    void describeFitListsItsParameters() {
        Cli r = Cli.run("describe", "fit");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("fit (task)") && r.out().contains("hull-weights") && r.out().contains("bayesian-ridge"), r.out());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
