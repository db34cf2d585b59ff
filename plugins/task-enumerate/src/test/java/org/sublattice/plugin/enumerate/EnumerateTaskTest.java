package org.sublattice.plugin.enumerate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sublattice.api.InvalidInputException;
import org.sublattice.testkit.PluginKit;

class EnumerateTaskTest {
    @TempDir
    Path run;

    @Test
    void aTaskStageWritesTheDistinctFccBinaryOrderingsOfVolumesOneToFourAsPoscarsWithAManifest() throws Exception {
        Path p = Path.of(EnumerateTaskTest.class.getResource("/fcc-binary.yaml").toURI());
        PluginKit.discover(p.getParent()).run(p, run, 1);
        // 29: the number icet's test suite gives for FCC binaries of 1–4 prim cells, every composition, each crystal once
        List<String> rows = Files.readAllLines(run.resolve("orderings/supercells.csv"));
        long total = rows.subList(1, rows.size()).stream().mapToLong(r -> (long) Double.parseDouble(r.split(",")[3])).sum();
        assertEquals(29, total, String.join("\n", rows));
        assertEquals(1 + 2 + 3 + 7, rows.size() - 1, "supercells of volumes 1–4 (OEIS A159842): 1, 2, 3, 7");
        JsonNode m = new ObjectMapper().readTree(run.resolve("orderings/manifest.json").toFile());
        assertEquals(29, m.get("configurations").size());
        for (JsonNode c : m.get("configurations")) {
            assertTrue(Files.size(run.resolve("orderings").resolve(c.get("poscar").asText())) > 0, c.toString());
        }
    }

    @Test
    void aCompositionOnASublatticeTheLatticeDoesNotHaveIsRejectedWhenThePipelineIsBuilt() {
        PluginKit kit = PluginKit.discover(Path.of("."));
        var fcc = kit.lattice("fcc", "{species: {4a: [Ag, Li]}}");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> kit.task("enumerate", "{volumes: [1, 2], composition: {2a: {Li: [0, 0.5]}}}", fcc));
        assertTrue(e.getMessage().contains("2a"), e.getMessage());
    }
}
