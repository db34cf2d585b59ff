package org.sublattice.plugin.clex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sublattice.api.BoundHamiltonian;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.crystal.Neighbour;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.crystal.FactorGroup;

/**
 * CASM eci.json files written by hand for models whose CASM energy, E/cell = Σ eci·⟨Φ⟩ with ⟨Φ⟩
 * the orbit average of the function, is evaluated independently here by counting.
 */
class CasmImportTest {

    private static String siteFunctions(String values) {
        return "\"site_functions\": [{\"sublat\": 0, \"asym_unit\": 0, \"occ\": {\"basis\": " + values + "}}]";
    }

    private static String orbit(int index, int mult, String sites, double maxLength, String functions) {
        return "{\"linear_orbit_index\": " + index + ", \"mult\": " + mult + ", \"prototype\": {\"sites\": " + sites
                + ", \"max_length\": " + maxLength + ", \"min_length\": " + maxLength + "}, \"cluster_functions\": [" + functions + "]}";
    }

    @Test
    void aChebychevBinaryModelReproducesCasmEnergiesOfOrderedStructures() {
        // FCC with a = 4 Å: NN distance 2.828 Å. Chebychev site basis: φ(Au) = −1, φ(Cu) = +1.
        double e0 = 0.1;
        double e1 = -0.3;
        double e2 = 0.05;
        String json = "{" + siteFunctions("{\"\\\\phi_{0,0}\": {\"Au\": -1.0, \"Cu\": 1.0}}") + ", \"orbits\": ["
                + orbit(0, 1, "[]", 0, "{\"\\\\Phi_{0}\": \"1\", \"linear_function_index\": 0, \"eci\": " + e0 + "}") + ","
                + orbit(1, 1, "[[0,0,0,0]]", 0, "{\"\\\\Phi_{1}\": \"\\\\phi_{0,0}(s_{0})\", \"linear_function_index\": 1, \"eci\": " + e1 + "}") + ","
                + orbit(2, 6, "[[0,0,0,0],[0,1,0,0]]", 2.8284271, "{\"\\\\Phi_{2}\": \"\\\\phi_{0,0}(s_{0})\\\\phi_{0,0}(s_{1})\", "
                        + "\"linear_function_index\": 2, \"eci\": " + e2 + "}")
                + "]}";
        Prim fcc = ClusterExpansionTest.fcc("Au", "Cu");
        ClusterExpansion ce = CasmImport.parse(json, "eci.json", FactorGroup.of(fcc));
        Supercell cube = Supercell.of(fcc, new int[][] {{-1, 1, 1}, {1, -1, 1}, {1, 1, -1}});
        BoundHamiltonian h = ce.bind(cube);
        // ⟨σ⟩ and ⟨σσ⟩_NN: pure Au −1, 1; L1₂ Au₃Cu −½, 0; L1₀ 0, −⅓; pure Cu 1, 1 (4 primitive cells).
        assertEquals(4 * (e0 - e1 + e2), h.energy(new byte[] {0, 0, 0, 0}), 1e-12);
        assertEquals(4 * (e0 - 0.5 * e1), h.energy(cuOn(cube, 0)), 1e-12);
        assertEquals(4 * (e0 - e2 / 3), h.energy(cuOn(cube, 0, 1)), 1e-12);
        assertEquals(4 * (e0 + e1 + e2), h.energy(new byte[] {1, 1, 1, 1}), 1e-12);
    }

    @Test
    void aSymmetrizedTernaryPairFunctionIsImportedWithItsPrefactor() {
        // Occupation basis on FCC {Ag, Li, Va}: φ_{0,0} = δ(Li), φ_{0,1} = δ(Va). The pair function
        // √½(φ00(s0)φ01(s1) + φ01(s0)φ00(s1)) counts Li–Va nearest-neighbour pairs.
        double eci = 0.2;
        String json = "{" + siteFunctions("{\"\\\\phi_{0,0}\": {\"Ag\": 0.0, \"Li\": 1.0, \"Va\": 0.0}, "
                + "\"\\\\phi_{0,1}\": {\"Ag\": 0.0, \"Li\": 0.0, \"Va\": 1.0}}") + ", \"orbits\": ["
                + orbit(0, 1, "[]", 0, "{\"\\\\Phi_{0}\": \"1\", \"linear_function_index\": 0}") + ","
                + orbit(2, 6, "[[0,0,0,0],[0,1,0,0]]", 2.8284271,
                        "{\"\\\\Phi_{4}\": \"\\\\sqrt{1/2}(\\\\phi_{0,0}(s_{0})\\\\phi_{0,1}(s_{1})+\\\\phi_{0,1}(s_{0})\\\\phi_{0,0}(s_{1}))\", "
                                + "\"linear_function_index\": 4, \"eci\": " + eci + "}")
                + "]}";
        Prim fcc = ClusterExpansionTest.fcc("Ag", "Li", "Va");
        ClusterExpansion ce = CasmImport.parse(json, "eci.json", FactorGroup.of(fcc));
        Supercell sc = Supercell.repeat(fcc, 4, 4, 4);
        BoundHamiltonian h = ce.bind(sc);
        List<Neighbour> nn = fcc.neighbours(2.83).stream().filter(n -> n.distance() < 2.83).toList();
        Supercell.NeighbourTable t = sc.neighbourTable(nn);
        SplittableRandom r = new SplittableRandom(4);
        for (int trial = 0; trial < 20; trial++) {
            byte[] occ = new byte[sc.size()];
            for (int s = 0; s < occ.length; s++) {
                occ[s] = (byte) r.nextInt(3);
            }
            int liVa = 0;
            for (int s = 0; s < occ.length; s++) {
                for (int k = 0; k < t.width(); k++) {
                    int n = t.table()[s * t.width() + k];
                    if (occ[s] == 1 && occ[n] == 2) {
                        liVa++; // each Li–Va pair counted once, from its Li end
                    }
                }
            }
            double casm = sc.volume() * eci * Math.sqrt(0.5) * liVa / (6.0 * sc.volume());
            assertEquals(casm, h.energy(occ), 1e-10);
        }
    }

    @Test
    void aCasmPrimAndEciFileThroughThePluginsReproduceTheModelEnergies(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // The same Chebychev model as above, but as files: prim.json read by the 'prim' lattice,
        // eci.json by the 'cluster-expansion' Hamiltonian, both built as a pipeline builds them.
        java.nio.file.Files.writeString(dir.resolve("prim.json"), "{\"basis\": [{\"coordinate\": [0, 0, 0], \"occupants\": [\"Au\", \"Cu\"]}],"
                + " \"coordinate_mode\": \"Fractional\", \"lattice_vectors\": [[0, 2, 2], [2, 0, 2], [2, 2, 0]], \"title\": \"AuCu\"}");
        java.nio.file.Files.writeString(dir.resolve("eci.json"), "{" + siteFunctions("{\"\\\\phi_{0,0}\": {\"Au\": -1.0, \"Cu\": 1.0}}")
                + ", \"orbits\": ["
                + orbit(0, 1, "[]", 0, "{\"\\\\Phi_{0}\": \"1\", \"eci\": 0.1}") + ","
                + orbit(1, 1, "[[0,0,0,0]]", 0, "{\"\\\\Phi_{1}\": \"\\\\phi_{0,0}(s_{0})\", \"eci\": -0.3}") + ","
                + orbit(2, 6, "[[0,0,0,0],[0,1,0,0]]", 2.8284271, "{\"\\\\Phi_{2}\": \"\\\\phi_{0,0}(s_{0})\\\\phi_{0,0}(s_{1})\", \"eci\": 0.05}")
                + "]}");
        var kit = org.sublattice.testkit.PluginKit.discover(dir);
        var lattice = kit.lattice("prim", "{file: prim.json}");
        var h = kit.hamiltonian("cluster-expansion", "{model: eci.json}", lattice);
        Supercell cube = Supercell.of(lattice.prim(), new int[][] {{-1, 1, 1}, {1, -1, 1}, {1, 1, -1}});
        BoundHamiltonian b = h.bind(cube);
        assertEquals(4 * (0.1 + 0.3 + 0.05), b.energy(new byte[] {0, 0, 0, 0}), 1e-12);
        assertEquals(4 * (0.1 - 0.05 / 3), b.energy(cuOn(cube, 0, 1)), 1e-12);
    }

    @Test
    void anOrbitThatDoesNotExistOnThePrimIsNamed() {
        String json = "{" + siteFunctions("{\"\\\\phi_{0,0}\": {\"Au\": 0.0, \"Cu\": 1.0}}") + ", \"orbits\": ["
                + orbit(7, 6, "[[0,0,0,0],[1,1,0,0]]", 2.8284271, "{\"\\\\Phi_{9}\": \"\\\\phi_{0,0}(s_{0})\\\\phi_{0,0}(s_{1})\", \"eci\": 1}")
                + "]}";
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CasmImport.parse(json, "eci.json", FactorGroup.of(ClusterExpansionTest.fcc("Au", "Cu"))));
        assertTrue(e.getMessage().contains("orbit 7") && e.getMessage().contains("sublattice 1 does not exist"), e.getMessage());
        String bad = "{" + siteFunctions("{\"\\\\phi_{0,0}\": {\"Au\": 0.0, \"Cu\": 1.0}}") + ", \"orbits\": ["
                + orbit(3, 1, "[[0,0,0,0]]", 0, "{\"\\\\Phi_{1}\": \"\\\\psi(s_{0})\", \"eci\": 1}") + "]}";
        InvalidInputException f = assertThrows(InvalidInputException.class,
                () -> CasmImport.parse(bad, "eci.json", FactorGroup.of(ClusterExpansionTest.fcc("Au", "Cu"))));
        assertTrue(f.getMessage().contains("orbit 3: cannot read the cluster function '\\psi(s_{0})'"), f.getMessage());
    }

    private static byte[] cuOn(Supercell cube, int... sites) {
        // same site numbering as ClusterExpansionTest: 0 corner, 1 (½,½,0), 2 (½,0,½), 3 (0,½,½)
        org.sublattice.api.crystal.Vec3[] pos = {org.sublattice.api.crystal.Vec3.ZERO, new org.sublattice.api.crystal.Vec3(2, 2, 0),
            new org.sublattice.api.crystal.Vec3(2, 0, 2), new org.sublattice.api.crystal.Vec3(0, 2, 2)};
        byte[] occ = new byte[4];
        for (int c : sites) {
            for (int s = 0; s < 4; s++) {
                var f = cube.cell().toFractional(cube.position(s).minus(pos[c]));
                if (Math.abs(f.x() - Math.rint(f.x())) < 1e-9 && Math.abs(f.y() - Math.rint(f.y())) < 1e-9
                        && Math.abs(f.z() - Math.rint(f.z())) < 1e-9) {
                    occ[s] = 1;
                }
            }
        }
        return occ;
    }
}
