package org.sublattice.plugin.lattice.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.Lattice;
import org.sublattice.crystal.FactorGroup;
import org.sublattice.testkit.PluginKit;

class CustomLatticeTest {
    @TempDir
    Path dir;

    @Test
    void anInlineSquareLatticeHasTheTetragonalPointGroup() {
        Lattice l = PluginKit.discover(dir).lattice("prim",
                "{name: square, vectors: [[1, 0, 0], [0, 1, 0], [0, 0, 10]], sites: [{position: [0, 0, 0], occupants: [A, B]}]}");
        assertEquals(1, l.prim().size());
        assertEquals(16, FactorGroup.of(l.prim()).size());
        assertTrue(l.describe().summary().contains("tetragonal P"), l.describe().summary());
    }

    @Test
    void aPoscarBecomesAPrimWithTheGivenOccupants() throws Exception {
        Files.writeString(dir.resolve("B2.POSCAR"), "LiAg B2\n1.0\n3.17 0 0\n0 3.17 0\n0 0 3.17\nLi Ag\n1 1\nDirect\n0 0 0\n0.5 0.5 0.5\n");
        Lattice l = PluginKit.discover(dir).lattice("prim", "{file: B2.POSCAR, occupants: {Li: [Li, Va], Ag: [Li, Ag]}}");
        assertEquals(java.util.List.of("Li", "Va"), l.prim().basis().get(0).occupants());
        assertEquals(java.util.List.of("Ag", "Li"), l.prim().basis().get(1).occupants());
        assertEquals(48, FactorGroup.of(l.prim()).size());
    }

    @Test
    void aCasmPrimIsRead() throws Exception {
        Files.writeString(dir.resolve("prim.json"), "{\"basis\":[{\"coordinate\":[0,0,0],\"occupants\":[\"A\",\"B\",\"Va\"]}],"
                + "\"coordinate_mode\":\"Fractional\",\"lattice_vectors\":[[0,2,2],[2,0,2],[2,2,0]],\"title\":\"FCC_binary_vacancy\"}");
        Lattice l = PluginKit.discover(dir).lattice("prim", "{file: prim.json}");
        assertEquals(java.util.List.of("A", "B", "Va"), l.prim().basis().get(0).occupants());
        assertEquals(48, FactorGroup.of(l.prim()).size());
    }

    @Test
    void givingBothAFileAndInlineSitesIsRefused() throws Exception {
        Files.writeString(dir.resolve("x.POSCAR"), "x\n1\n1 0 0\n0 1 0\n0 0 1\nLi\n1\nDirect\n0 0 0\n");
        var e = assertThrows(RuntimeException.class, () -> PluginKit.discover(dir).lattice("prim",
                "{file: x.POSCAR, vectors: [[1, 0, 0], [0, 1, 0], [0, 0, 1]], sites: [{position: [0, 0, 0], occupants: [Li]}]}"));
        assertTrue(e.getMessage().contains("give either 'file' or inline"), e.getMessage());
        assertTrue(e instanceof InvalidInputException);
    }
}
