package org.sublattice.plugin.clex;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.Lattice;
import org.sublattice.testkit.PluginKit;

class FitParametersTest {
    @TempDir
    Path tmp;

    private String error(String yaml, Lattice lattice, PluginKit kit) {
        return assertThrows(InvalidInputException.class, () -> kit.task("fit", yaml, lattice)).getMessage();
    }

    @Test
    void inconsistentSettingsAreRefusedBeforeAnythingRuns() throws Exception {
        Files.writeString(tmp.resolve("d.json"), "[]");
        PluginKit kit = PluginKit.discover(tmp);
        Lattice binary = kit.lattice("fcc", "{species: {4a: [Au, Cu]}}");
        String m = error("{data: d.json, clusters: {2: 5.0}, method: lasso, selection: forward}", binary, kit);
        assertTrue(m.contains("selection: forward picks clusters for least squares (method: ols); lasso selects through its own"), m);
        m = error("{data: d.json, clusters: {2: 5.0}, method: ard, alpha: 0.01}", binary, kit);
        assertTrue(m.contains("alpha is a setting of ridge and lasso; method ard takes none"), m);
        m = error("{data: d.json, clusters: {3: 4.0}}", binary, kit);
        assertTrue(m.contains("clusters gives size 3 but not size 2"), m);
        m = error("{data: d.json, clusters: {2: 5.0}, species: Sn}", binary, kit);
        assertTrue(m.contains("species 'Sn' is not among the species [Au, Cu] of the lattice"), m);
        Lattice ternary = kit.lattice("fcc", "{species: {4a: [Ag, Li, Va]}}");
        m = error("{data: d.json, clusters: {2: 5.0}, hull-weights: {temperature: 0.05}}", ternary, kit);
        assertTrue(m.contains("no convex hull on this lattice (site '4a' allows [Ag, Li, Va]; the hull needs two species per site)"), m);
    }

    @Test
    void dataWithoutEntriesIsAnInputError() throws Exception {
        Files.writeString(tmp.resolve("d.json"), "[]");
        PluginKit kit = PluginKit.discover(tmp);
        Lattice binary = kit.lattice("fcc", "{species: {4a: [Au, Cu]}}");
        String m = assertThrows(InvalidInputException.class, () -> PluginKit.runTask(kit.task("fit", "{data: d.json, clusters: {2: 5.0}}",
                binary), binary, tmp.resolve("out"), 1)).getMessage();
        assertTrue(m.contains("holds no entries"), m);
    }
}
