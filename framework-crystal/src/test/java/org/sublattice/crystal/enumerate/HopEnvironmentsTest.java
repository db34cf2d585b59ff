package org.sublattice.crystal.enumerate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.SiteCoord;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.crystal.io.Poscar;

class HopEnvironmentsTest {
    private static final double A = 3.17;
    /** Environment radius: the second-neighbour distance a, plus a margin for round-off. */
    private static final double RADIUS = A + 1e-3;
    private static final int[][] CUBE4 = {{4, 0, 0}, {0, 4, 0}, {0, 0, 4}};

    @TempDir
    Path tmp;

    private static Prim b2() {
        return Lattices.b2(List.of("Li", "Ag", "Va"), List.of("Ag", "Li", "Va"));
    }

    /** Li at 1a (0,0,0) into a vacancy at the 1a site a along x (second neighbours). */
    private static HopDefinition secondNeighbourHop() {
        return new HopDefinition("li-2nn", List.of(new SiteCoord(0, 0, 0, 0), new SiteCoord(0, 1, 0, 0)), List.of("Li", "Va"),
                List.of(new int[] {0, 1}));
    }

    /** Li at 1a (0,0,0) into a vacancy at the 1b site (½,½,½) (nearest neighbours). */
    private static HopDefinition nearestNeighbourHop() {
        return new HopDefinition("li-nn", List.of(new SiteCoord(0, 0, 0, 0), new SiteCoord(1, 0, 0, 0)), List.of("Li", "Va"),
                List.of(new int[] {0, 1}));
    }

    private static HopEnvironmentSpec spec(HopDefinition hop, int defects, int[][] cell, int images) {
        return new HopEnvironmentSpec(b2(), HopEnvironmentSpec.idealBackground(b2()), List.of(hop), RADIUS, Map.of("1b", List.of("Li")),
                defects, defects, cell, images);
    }

    /**
     * The expected environments, derived with plain Cartesian geometry (units of a): the 48
     * signed permutation matrices R of the cube keep B2 (they fix 1a at the origin and map 1b
     * onto 1b). With the hop from A = 0 to B, R is a symmetry of the hop if RB = B, and runs it
     * backwards with translation B if RB = −B, which is allowed only when A and B are on the same
     * sublattice (Li into a vacancy either way). Candidates: 1b sites (half-integer points) within
     * the radius of A or of B, B itself excluded. Returns the sorted orbit sizes of the sets of
     * {@code defects} candidates.
     */
    private static List<Integer> expectedOrbits(double[] b, boolean sameSublattice, int defects) {
        List<double[][]> group = new ArrayList<>();
        List<double[]> shifts = new ArrayList<>();
        for (int[] perm : new int[][] {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}}) {
            for (int signs = 0; signs < 8; signs++) {
                double[][] r = new double[3][3];
                for (int i = 0; i < 3; i++) {
                    r[i][perm[i]] = (signs >> i & 1) == 0 ? 1 : -1;
                }
                double[] rb = apply(r, b, new double[3]);
                if (same(rb, b)) {
                    group.add(r);
                    shifts.add(new double[3]);
                } else if (sameSublattice && same(rb, new double[] {-b[0], -b[1], -b[2]})) {
                    group.add(r);
                    shifts.add(b);
                }
            }
        }
        List<double[]> candidates = new ArrayList<>();
        for (int x = -3; x <= 3; x++) {
            for (int y = -3; y <= 3; y++) {
                for (int z = -3; z <= 3; z++) {
                    double[] p = {x + 0.5, y + 0.5, z + 0.5};
                    boolean near = dist(p, new double[3]) <= RADIUS / A || dist(p, b) <= RADIUS / A;
                    if (near && !same(p, b)) {
                        candidates.add(p);
                    }
                }
            }
        }
        // Orbits of `defects`-subsets, each subset keyed by its sorted rounded coordinates.
        Set<String> seen = new HashSet<>();
        List<Integer> sizes = new ArrayList<>();
        for (List<double[]> subset : subsets(candidates, defects)) {
            if (seen.contains(key(subset))) {
                continue;
            }
            Set<String> orbit = new HashSet<>();
            for (int g = 0; g < group.size(); g++) {
                List<double[]> img = new ArrayList<>();
                for (double[] p : subset) {
                    double[] q = apply(group.get(g), p, shifts.get(g));
                    img.add(q);
                }
                orbit.add(key(img));
            }
            seen.addAll(orbit);
            sizes.add(orbit.size());
        }
        sizes.sort(null);
        return sizes;
    }

    private static List<List<double[]>> subsets(List<double[]> all, int k) {
        List<List<double[]>> out = new ArrayList<>();
        collect(all, k, 0, new ArrayList<>(), out);
        return out;
    }

    private static void collect(List<double[]> all, int k, int from, List<double[]> cur, List<List<double[]>> out) {
        if (cur.size() == k) {
            out.add(new ArrayList<>(cur));
            return;
        }
        for (int i = from; i < all.size(); i++) {
            cur.add(all.get(i));
            collect(all, k, i + 1, cur, out);
            cur.remove(cur.size() - 1);
        }
    }

    private static String key(List<double[]> pts) {
        List<String> s = new ArrayList<>();
        for (double[] p : pts) {
            s.add(Math.round(p[0] * 2) + "," + Math.round(p[1] * 2) + "," + Math.round(p[2] * 2));
        }
        s.sort(null);
        return s.toString();
    }

    private static double[] apply(double[][] r, double[] p, double[] t) {
        double[] q = new double[3];
        for (int i = 0; i < 3; i++) {
            q[i] = t[i];
            for (int j = 0; j < 3; j++) {
                q[i] += r[i][j] * p[j];
            }
        }
        return q;
    }

    private static boolean same(double[] p, double[] q) {
        return dist(p, q) < 1e-9;
    }

    private static double dist(double[] p, double[] q) {
        return Math.sqrt((p[0] - q[0]) * (p[0] - q[0]) + (p[1] - q[1]) * (p[1] - q[1]) + (p[2] - q[2]) * (p[2] - q[2]));
    }

    private static List<Integer> multiplicities(HopEnvironments.Result r) {
        List<Integer> m = new ArrayList<>(r.environments().stream().map(HopEnvironment::multiplicity).toList());
        m.sort(null);
        return m;
    }

    @Test
    void oneLiAntisiteAroundTheSecondNeighbourHopHasTwoDistinctEnvironments() {
        HopEnvironments.Result r = HopEnvironments.enumerate(spec(secondNeighbourHop(), 1, CUBE4, 0), Progress.NONE);
        List<Integer> expected = expectedOrbits(new double[] {1, 0, 0}, true, 1);
        // The 12 Ag sites within a of either end: the 4 equidistant ones and the 8 others.
        assertEquals(List.of(4, 8), expected);
        assertEquals(expected, multiplicities(r));
        assertEquals(1, r.hops().size());
        assertEquals(16, r.hops().get(0).symmetry(), "D4h: 8 operations fixing each end, 8 exchanging them");
        assertEquals(22, r.hops().get(0).environmentSites(), "10 Li (1a) and 12 Ag (1b) sites");
    }

    @Test
    void antisitesAroundTheNearestNeighbourHopAndPairsOfThemMatchTheGeometricCount() {
        for (int d = 1; d <= 2; d++) {
            HopEnvironments.Result nn = HopEnvironments.enumerate(spec(nearestNeighbourHop(), d, CUBE4, 0), Progress.NONE);
            assertEquals(expectedOrbits(new double[] {0.5, 0.5, 0.5}, false, d), multiplicities(nn), "nearest-neighbour hop, " + d);
            HopEnvironments.Result nnn = HopEnvironments.enumerate(spec(secondNeighbourHop(), d, CUBE4, 0), Progress.NONE);
            assertEquals(expectedOrbits(new double[] {1, 0, 0}, true, d), multiplicities(nnn), "second-neighbour hop, " + d);
        }
        assertEquals(List.of(1, 3, 3, 3), expectedOrbits(new double[] {0.5, 0.5, 0.5}, false, 1), "C3v orbits of 10 Ag sites");
    }

    @Test
    void aBackgroundRepeatingTheIdealCellGivesTheSameEnvironments() {
        Prim b2 = b2();
        Configuration doubled = Configuration.ideal(Supercell.repeat(b2, 2, 2, 2));
        HopEnvironmentSpec big = new HopEnvironmentSpec(b2, doubled, List.of(secondNeighbourHop(), nearestNeighbourHop()), RADIUS,
                Map.of("1b", List.of("Li")), 0, 2, CUBE4, 0);
        HopEnvironmentSpec small = new HopEnvironmentSpec(b2, HopEnvironmentSpec.idealBackground(b2),
                List.of(secondNeighbourHop(), nearestNeighbourHop()), RADIUS, Map.of("1b", List.of("Li")), 0, 2, CUBE4, 0);
        HopEnvironments.Result a = HopEnvironments.enumerate(big, Progress.NONE);
        HopEnvironments.Result b = HopEnvironments.enumerate(small, Progress.NONE);
        assertEquals(b.hops().stream().map(h -> h.name() + h.environments()).toList(), a.hops().stream().map(h -> h.name() + h.environments()).toList());
        assertEquals(multiplicities(b), multiplicities(a));
    }

    @Test
    void anOrderedAntisiteBackgroundSplitsTheHops() {
        // One Ag of a 2×1×1 B2 cell replaced by Li: planes of Li antisites every 2a along x, so
        // second-neighbour hops along x differ from those along y and z.
        Prim b2 = b2();
        Supercell cell = Supercell.repeat(b2, 2, 1, 1);
        byte[] occ = Configuration.ideal(cell).occupation();
        occ[cell.index(1, 0, 0, 0)] = (byte) cell.site(cell.index(1, 0, 0, 0)).indexOf("Li");
        HopEnvironmentSpec s = new HopEnvironmentSpec(b2, new Configuration(cell, occ), List.of(secondNeighbourHop()), RADIUS, Map.of(),
                0, 0, CUBE4, 0);
        HopEnvironments.Result r = HopEnvironments.enumerate(s, Progress.NONE);
        // Antisite planes lie at x = ½ + 2m, Ag planes at x = 3/2 + 2m. A hop along x crosses
        // one or the other: two kinds. A hop along y or z lies in a 1a plane between an antisite
        // plane and an Ag plane; the mirror x → 1 − x makes all of them alike, and the 4-fold
        // axis along x makes y and z alike: one kind. Three in all.
        assertEquals(3, r.hops().size(), r.hops().toString());
        r.hops().forEach(h -> assertEquals(1, h.environments()));
    }

    @Test
    void environmentsAreExportedAsReadableNebPoscarsWithAManifest() throws Exception {
        HopEnvironmentSpec s = spec(secondNeighbourHop(), 1, CUBE4, 3);
        HopEnvironments.Result r = HopEnvironments.enumerate(s, Progress.NONE);
        Path out = tmp.resolve("neb");
        EnumerationWriter.writeHopEnvironments(s, r, out);
        for (HopEnvironment e : r.environments()) {
            List<Structure> read = new ArrayList<>();
            for (int k = 0; k <= 4; k++) {
                Path f = out.resolve(e.id()).resolve("0" + k).resolve("POSCAR");
                read.add(Poscar.read(f));
            }
            Structure first = read.get(0);
            // 64 Li and 64 Ag sites; one Li site empty (the vacancy), one Ag site holds Li.
            assertEquals(127, first.atoms().size());
            assertEquals(Map.of("Li", 64, "Ag", 63), counts(first));
            assertEquals(4 * A, first.cell().a().norm(), 1e-9);
            int moving = -1;
            for (int i = 0; i < first.atoms().size(); i++) {
                double dx = read.get(4).atoms().get(i).position().minus(first.atoms().get(i).position()).norm();
                if (dx > 1e-9) {
                    assertEquals(-1, moving, "only one atom moves");
                    moving = i;
                    // a along x in a 4a cell: a quarter of the first fractional coordinate.
                    assertEquals(0.25, read.get(4).atoms().get(i).position().x() - first.atoms().get(i).position().x(), 1e-12);
                    assertEquals("Li", first.atoms().get(i).species());
                    for (int k = 1; k <= 3; k++) {
                        assertEquals(0.25 * k / 4, read.get(k).atoms().get(i).position().x() - first.atoms().get(i).position().x(), 1e-12);
                    }
                }
                for (int k = 1; k <= 4; k++) {
                    assertEquals(first.atoms().get(i).species(), read.get(k).atoms().get(i).species());
                }
            }
            assertTrue(moving >= 0);
            assertEquals(Poscar.write(first), Poscar.write(Poscar.parse(Poscar.write(first), "round trip")));
        }
        JsonNode manifest = new ObjectMapper().readTree(out.resolve(EnumerationWriter.MANIFEST_JSON).toFile());
        assertEquals("hop-environments", manifest.get("kind").asText());
        assertEquals(2, manifest.get("environments").size());
        JsonNode ev = manifest.get("environments").get(0).get("event");
        assertEquals(24, ev.get("sites").size());
        assertEquals("Li", ev.get("initial").get(0).asText());
        assertEquals("Va", ev.get("final").get(0).asText());
        List<String> csv = Files.readAllLines(out.resolve(EnumerationWriter.MANIFEST_CSV));
        assertEquals(3, csv.size());
        assertTrue(csv.get(0).contains("kra,e_initial,e_saddle,e_final"), csv.get(0));
    }

    @Test
    void computedBarriersBecomeAnEventCatalogWithBothDirectionsWhereTheyDiffer() throws Exception {
        HopEnvironmentSpec s = spec(secondNeighbourHop(), 1, CUBE4, 1);
        HopEnvironments.Result r = HopEnvironments.enumerate(s, Progress.NONE);
        Path out = tmp.resolve("cat");
        EnumerationWriter.writeHopEnvironments(s, r, out);
        // Fill in the manifest's CSV: E_KRA from saddle and end-point energies for the first, kra for the second.
        List<String> rows = new ArrayList<>(Files.readAllLines(out.resolve(EnumerationWriter.MANIFEST_CSV)));
        String[] first = EventCatalogExport.split(rows.get(1)).toArray(String[]::new);
        first[8] = "-10.0";
        first[9] = "-9.5";
        first[10] = "-9.8";
        rows.set(1, csvRow(first));
        String[] second = EventCatalogExport.split(rows.get(2)).toArray(String[]::new);
        second[7] = "0.42";
        rows.set(2, csvRow(second));
        Path filled = out.resolve("filled.csv");
        Files.write(filled, rows);
        Map<String, EventCatalogExport.Barrier> barriers = EventCatalogExport.readBarriers(filled);
        assertEquals(0.4, barriers.get(first[0]).kra(), 1e-12);
        String yaml = EventCatalogExport.catalog(out.resolve(EnumerationWriter.MANIFEST_JSON), barriers);
        // The equidistant antisite: the reverse hop is a mirror image (one event); the other: two.
        long reverse = r.environments().stream().filter(HopEnvironment::reverseDistinct).count();
        assertEquals(1, reverse);
        assertEquals(3, yaml.split("- name: ", -1).length - 1, yaml);
        assertTrue(yaml.contains("kra: 0.400000") && yaml.contains("kra: 0.420000"), yaml);
        assertTrue(yaml.contains("trajectories: [[1, 0]]"), yaml);
        // A barrier missing is an error naming the environment.
        Map<String, EventCatalogExport.Barrier> one = new TreeMap<>(barriers);
        one.remove(second[0]);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> EventCatalogExport.catalog(out.resolve(EnumerationWriter.MANIFEST_JSON), one));
        assertTrue(e.getMessage().contains(second[0]), e.getMessage());
    }

    @Test
    void aSupercellTooSmallForTheEnvironmentIsRejected() {
        // In 3×3×3 the 1a sites a before A and a after B (3a apart) are one site.
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> HopEnvironments.enumerate(spec(secondNeighbourHop(), 1, new int[][] {{3, 0, 0}, {0, 3, 0}, {0, 0, 3}}, 0),
                        Progress.NONE));
        assertTrue(e.getMessage().contains("too small") && e.getMessage().contains("li-2nn"), e.getMessage());
    }

    @Test
    void vacancyHopsCoverTheNeighbourShellsOfTheMigratingSpecies() {
        List<HopDefinition> hops = HopDefinition.vacancyHops(b2(), "Li", 2);
        assertEquals(List.of("Li-1nn-1a-1b", "Li-1nn-1b-1a", "Li-2nn-1a-1a", "Li-2nn-1b-1b"), hops.stream().map(HopDefinition::name).toList());
        // Li 1a → 1b and 1b → 1a are the same NEB path read from either end: one distinct hop.
        HopEnvironmentSpec s = new HopEnvironmentSpec(b2(), HopEnvironmentSpec.idealBackground(b2()), hops, RADIUS, Map.of(), 0, 0, CUBE4, 0);
        assertEquals(List.of("Li-1nn-1a-1b", "Li-2nn-1a-1a", "Li-2nn-1b-1b"),
                HopEnvironments.enumerate(s, Progress.NONE).hops().stream().map(HopEnvironments.DistinctHop::name).toList());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new HopDefinition("bad", List.of(new SiteCoord(0, 0, 0, 0),
                new SiteCoord(0, 1, 0, 0)), List.of("Li", "Ag"), List.of(new int[] {0, 1})));
        assertTrue(e.getMessage().contains("holds Ag"), e.getMessage());
    }

    @Test
    void aTwoAtomHopMovesBothAtoms() {
        // Li at 1a (0,0,0) into a vacancy at 1b (½,½,½); the Li antisite at 1b (−½,−½,−½) fills (0,0,0).
        HopDefinition twoAtom = new HopDefinition("two-atom", List.of(new SiteCoord(0, 0, 0, 0), new SiteCoord(1, 0, 0, 0),
                new SiteCoord(1, -1, -1, -1)), List.of("Li", "Va", "Li"), List.of(new int[] {0, 1}, new int[] {2, 0}));
        assertEquals(List.of("Li", "Li", "Va"), twoAtom.finalOccupants());
        HopEnvironmentSpec s = new HopEnvironmentSpec(b2(), HopEnvironmentSpec.idealBackground(b2()), List.of(twoAtom), RADIUS, Map.of(),
                0, 0, CUBE4, 1);
        HopEnvironments.Result r = HopEnvironments.enumerate(s, Progress.NONE);
        assertEquals(1, r.environments().size());
        // The collinear hop is symmetric under the 3-fold axis and its mirrors, and the inversion
        // through (0,0,0) runs it backwards: 6 + 6.
        assertEquals(12, r.hops().get(0).symmetry());
        assertFalse(r.environments().get(0).reverseDistinct());
        List<Structure> path = HopEnvironments.path(s, r.environments().get(0));
        Structure a = path.get(0);
        Structure b = path.get(2);
        int moved = 0;
        for (int i = 0; i < a.atoms().size(); i++) {
            if (a.atoms().get(i).position().minus(b.atoms().get(i).position()).norm() > 1e-9) {
                moved++;
                assertEquals(Math.sqrt(3) / 2, b.cell().toCartesian(b.atoms().get(i).position().minus(a.atoms().get(i).position())).norm() / A,
                        1e-9, "each atom moves a nearest-neighbour distance √3a/2");
            }
        }
        assertEquals(2, moved);
    }

    private static String csvRow(String[] cells) {
        return String.join(",", java.util.Arrays.stream(cells).map(EnumerationWriter::quote).toList());
    }

    private static Map<String, Integer> counts(Structure s) {
        Map<String, Integer> m = new HashMap<>();
        s.atoms().forEach(a -> m.merge(a.species(), 1, Integer::sum));
        return m;
    }
}
