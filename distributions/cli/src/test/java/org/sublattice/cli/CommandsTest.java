package org.sublattice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
