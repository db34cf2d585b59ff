package org.sublattice.crystal.enumerate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sublattice.api.crystal.Prim;

/**
 * Counts against published enumerations, and the enumerated sets against an independent brute
 * force. Two counting conventions occur in the literature:
 * <ul>
 * <li>Hart and Forcade's tables (PRB 77, 224115 (2008); PRB 80, 014120 (2009) for HCP): each
 * crystal once in its smallest cell (no superperiodic configurations), configurations related by
 * exchanging the labels counted once, and only configurations using every label (so volume 1 has
 * none for a binary). {@link OrderingSpec#withHartForcadeConvention()}.
 * <li>CASM and icet: each crystal once in its smallest cell, every composition including the pure
 * elements, no label exchange (A₃B and AB₃ are different compounds). The default.
 * </ul>
 * The two are consistent: for FCC binary volume 4, 19 configurations by the second convention are
 * 7 A₃B + 7 AB₃ + 5 A₂B₂ (each self-conjugate under exchange), giving Hart–Forcade's 7 + 5 = 12.
 */
class OrderingEnumeratorTest {

    private static List<Long> byVolume(Prim prim, int from, int to, boolean hartForcade) {
        List<Long> out = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            OrderingSpec spec = OrderingSpec.byVolume(prim, n, n);
            out.add(OrderingEnumerator.enumerate(hartForcade ? spec.withHartForcadeConvention() : spec, (s, o, m) -> true,
                    Progress.NONE).configurations());
        }
        return out;
    }

    private static long total(OrderingSpec spec) {
        return OrderingEnumerator.enumerate(spec, (s, o, m) -> true, Progress.NONE).configurations();
    }

    @Test
    void fccBinaryMatchesHartForcadeUpToVolume12() {
        // Hart & Forcade 2008, fcc binary, volumes 2 … 12, as tabulated in the dsenum test suite
        // (FCC_BINARY_COUNTS; Shinohara et al., J. Chem. Phys. 153, 104109 (2020)).
        assertEquals(List.of(2L, 3L, 12L, 14L, 50L, 52L, 229L, 252L, 685L, 682L, 3875L), byVolume(Lattices.fcc("A", "B"), 2, 12, true));
    }

    @Test
    void fccTernaryAndQuaternaryMatchHartForcade() {
        // Same source: fcc ternary from volume 3, quaternary from volume 4.
        assertEquals(List.of(3L, 13L, 23L, 130L), byVolume(Lattices.fcc("A", "B", "C"), 3, 6, true));
        assertEquals(List.of(7L, 9L, 110L), byVolume(Lattices.fcc("A", "B", "C", "D"), 4, 6, true));
    }

    @Test
    void hcpBinaryMatchesHartForcadeMultilattice() {
        // Hart & Forcade 2009 (multilattices), hcp binary, volumes 2 … 5 in primitive hcp cells
        // (4 … 10 sites), as the dsenum test suite tabulates them; volume 1 has the single AB.
        assertEquals(List.of(1L, 7L, 30L, 163L, 366L), byVolume(Lattices.hcp("A", "B"), 1, 5, true));
    }

    @Test
    void allCompositionCountsMatchCasmAndIcet() {
        Prim ternary = Lattices.fcc("A", "B", "C");
        // CASM test data (tests/unit/clex/ConfigEnumAllOccupations_test_cases.json, "FCC_ternary"):
        // volumes 1–4, 13 supercells, primitive configurations per supercell
        // [3, 3, 3, 7, 7, 7, 15, 12, 15, 15, 15, 15, 9] = 126 (CASM orders the volume-4 cells
        // differently, so compare per volume as multisets).
        OrderingSpec upTo4 = OrderingSpec.byVolume(ternary, 1, 4);
        OrderingEnumerator.Summary s = OrderingEnumerator.enumerate(upTo4, (x, o, m) -> true, Progress.NONE);
        assertEquals(13, upTo4.supercells().size());
        assertEquals(126, s.configurations());
        Map<Integer, List<Long>> perVolume = new TreeMap<>();
        for (int i = 0; i < upTo4.supercells().size(); i++) {
            perVolume.computeIfAbsent(upTo4.supercells().get(i).volume(), v -> new ArrayList<>()).add(s.perSupercell().get(i));
        }
        perVolume.values().forEach(l -> l.sort(null));
        assertEquals(Map.of(1, List.of(3L), 2, List.of(3L, 3L), 3, List.of(7L, 7L, 7L), 4, List.of(9L, 12L, 15L, 15L, 15L, 15L, 15L)),
                perVolume);
        // icet test suite (test_structure_enumeration): FCC ternary sizes 1–6: 1081; HCP binary
        // sizes 1–5: 984; FCC binary sizes 1–4: 29; FCC binary sizes 1–8 with x_A ≤ 0.36: 134.
        assertEquals(1081, total(OrderingSpec.byVolume(ternary, 1, 6)));
        assertEquals(984, total(OrderingSpec.byVolume(Lattices.hcp("A", "B"), 1, 5)));
        assertEquals(29, total(OrderingSpec.byVolume(Lattices.fcc("A", "B"), 1, 4)));
        assertEquals(134, total(OrderingSpec.byVolume(Lattices.fcc("A", "B"), 1, 8)
                .withComposition(Map.of("4a", Map.of("A", new FractionRange(0, 0.36))))));
    }

    @Test
    void bccBinaryMatchesAnIndependentBruteForceCount() {
        // The BCC supercells are A159842 (see SupercellEnumeratorTest). No published table of BCC
        // configurations was at hand, so the expected numbers come from the brute force: all 2ⁿ
        // colourings of every distinct supercell, grouped by their smallest image, superperiodic
        // ones dropped. (They come out equal to the FCC numbers of the same volume.)
        Prim bcc = Lattices.bcc("A", "B");
        List<Long> expected = new ArrayList<>();
        List<Long> expectedHf = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            long all = 0;
            long hf = 0;
            for (EnumeratedSupercell scel : SupercellEnumerator.enumerate(new SupercellSpec(bcc, n, n), Progress.NONE)) {
                BruteForce bf = new BruteForce(bcc, scel.matrix());
                Set<String> forms = new HashSet<>();
                Set<String> hfForms = new HashSet<>();
                for (byte[] c : BruteForce.all(bf.occupantCounts())) {
                    if (bf.superperiodic(c)) {
                        continue;
                    }
                    forms.add(Arrays.toString(bf.canonical(c, 1)));
                    if (Arrays.toString(c).contains("0") && Arrays.toString(c).contains("1")) {
                        hfForms.add(Arrays.toString(bf.canonical(c, 2)));
                    }
                }
                all += forms.size();
                hf += hfForms.size();
            }
            expected.add(all);
            expectedHf.add(hf);
        }
        assertEquals(expected, byVolume(bcc, 1, 6, false));
        assertEquals(expectedHf, byVolume(bcc, 1, 6, true));
        assertEquals(List.of(2L, 2L, 6L, 19L, 28L, 80L), expected);
    }

    @Test
    void everyConfigurationOfASupercellIsEquivalentToExactlyOneEnumeratedOne() {
        List<Prim> prims = List.of(Lattices.fcc("A", "B", "C"), Lattices.hcp("A", "B"),
                Lattices.b2(List.of("Li", "Ag", "Va"), List.of("Ag", "Li", "Va")));
        int[] volumes = {4, 3, 2};
        for (int p = 0; p < prims.size(); p++) {
            Prim prim = prims.get(p);
            for (EnumeratedSupercell scel : SupercellEnumerator.enumerate(new SupercellSpec(prim, volumes[p], volumes[p]), Progress.NONE)) {
                BruteForce bf = new BruteForce(prim, scel.matrix());
                for (boolean primitiveOnly : new boolean[] {false, true}) {
                    OrderingSpec spec = OrderingSpec.of(prim, List.of(scel)).withPrimitiveOnly(primitiveOnly);
                    List<Ordering> got = OrderingEnumerator.list(spec, Progress.NONE);
                    // Orbits of all configurations, keyed by their smallest image.
                    Map<String, Integer> orbit = new HashMap<>();
                    for (byte[] c : BruteForce.all(bf.occupantCounts())) {
                        if (!primitiveOnly || !bf.superperiodic(c)) {
                            orbit.merge(Arrays.toString(bf.canonical(c, 1)), 1, Integer::sum);
                        }
                    }
                    Set<String> enumerated = new HashSet<>();
                    for (Ordering o : got) {
                        String form = Arrays.toString(bf.canonical(o.occupation(), 1));
                        assertEquals(form, Arrays.toString(o.occupation()), prim.name() + " " + o.id() + " is not the smallest of its orbit");
                        assertTrue(enumerated.add(form), prim.name() + " " + o.id() + " is equivalent to an earlier one");
                        assertEquals(orbit.get(form), o.multiplicity(), prim.name() + " " + o.id() + " multiplicity");
                    }
                    assertEquals(orbit.keySet(), enumerated, prim.name() + " " + scel.name() + " primitive only " + primitiveOnly);
                }
            }
        }
    }

    @Test
    void withoutThePrimitiveFilterEachSupercellHasBurnsidesNumberOfOrbits() {
        // Burnside: orbits = (1/|G|) Σ_g k^(cycles of g), with G from the brute force.
        for (Prim prim : List.of(Lattices.fcc("A", "B"), Lattices.bcc("A", "B", "C"))) {
            int max = prim.species().size() == 2 ? 7 : 4;
            OrderingSpec spec = OrderingSpec.byVolume(prim, 1, max).withPrimitiveOnly(false);
            OrderingEnumerator.Summary s = OrderingEnumerator.enumerate(spec, (x, o, m) -> true, Progress.NONE);
            int k = prim.species().size();
            for (int i = 0; i < spec.supercells().size(); i++) {
                BruteForce bf = new BruteForce(prim, spec.supercells().get(i).matrix());
                long sum = 0;
                for (int[] p : bf.perms) {
                    sum += Math.round(Math.pow(k, cycles(p)));
                }
                assertEquals(0, sum % bf.perms.size());
                assertEquals(sum / bf.perms.size(), s.perSupercell().get(i), prim.name() + " " + spec.supercells().get(i).name());
            }
        }
    }

    @Test
    void labelExchangeKeepsTheSmallestConfigurationUpToRelabelling() {
        Prim ternary = Lattices.fcc("A", "B", "C");
        for (EnumeratedSupercell scel : SupercellEnumerator.enumerate(new SupercellSpec(ternary, 4, 4), Progress.NONE)) {
            BruteForce bf = new BruteForce(ternary, scel.matrix());
            Set<String> expected = new HashSet<>();
            for (byte[] c : BruteForce.all(bf.occupantCounts())) {
                if (!bf.superperiodic(c)) {
                    expected.add(Arrays.toString(bf.canonical(c, 3)));
                }
            }
            Set<String> got = new HashSet<>();
            for (Ordering o : OrderingEnumerator.list(OrderingSpec.of(ternary, List.of(scel)).withHartForcadeConvention()
                    .withComposition(Map.of()), Progress.NONE)) {
                got.add(Arrays.toString(o.occupation()));
            }
            // Hart–Forcade also drop configurations missing a label; the brute force keeps them.
            expected.removeIf(f -> !(f.contains("0") && f.contains("1") && f.contains("2")));
            assertEquals(expected, got, scel.name());
        }
    }

    @Test
    void compositionRangesAndFixedSublatticesSelectExactlyTheMatchingConfigurations() {
        Prim b2 = Lattices.b2(List.of("Li", "Ag", "Va"), List.of("Ag", "Li", "Va"));
        OrderingSpec all = OrderingSpec.byVolume(b2, 1, 3);
        List<Ordering> every = OrderingEnumerator.list(all, Progress.NONE);
        // Li on at most a third of the 1b sites, vacancies on at most a third of the 1a sites.
        Map<String, Map<String, FractionRange>> comp = Map.of("1b", Map.of("Li", new FractionRange(0, 1.0 / 3)), "1a",
                Map.of("Va", new FractionRange(0, 1.0 / 3)));
        List<String> expected = every.stream().filter(o -> fraction(b2, o, "1b", "Li") <= 1.0 / 3 + 1e-12
                && fraction(b2, o, "1a", "Va") <= 1.0 / 3 + 1e-12).map(Ordering::id).toList();
        List<Ordering> filtered = OrderingEnumerator.list(all.withComposition(comp), Progress.NONE);
        assertEquals(expected.size(), filtered.size());
        Map<String, byte[]> byId = new HashMap<>();
        every.forEach(o -> byId.put(o.id(), o.occupation()));
        // Same configurations (the filter does not change which member of an orbit is kept).
        Set<String> a = new HashSet<>();
        every.stream().filter(o -> expected.contains(o.id())).forEach(o -> a.add(o.supercell().name() + Arrays.toString(o.occupation())));
        Set<String> b = new HashSet<>();
        filtered.forEach(o -> b.add(o.supercell().name() + Arrays.toString(o.occupation())));
        assertEquals(a, b);
        // A fixed sublattice keeps its ideal occupant.
        List<Ordering> fixed = OrderingEnumerator.list(all.withFixed(Set.of("1a")), Progress.NONE);
        assertFalse(fixed.isEmpty());
        for (Ordering o : fixed) {
            assertEquals(0, fraction(b2, o, "1a", "Ag") + fraction(b2, o, "1a", "Va"), o.id());
        }
        assertEquals(every.stream().filter(o -> fraction(b2, o, "1a", "Li") == 1).count(), fixed.size());
    }

    @Test
    void theMaxCountStopsTheEnumerationEarly() {
        OrderingEnumerator.Summary s = OrderingEnumerator.enumerate(OrderingSpec.byVolume(Lattices.fcc("A", "B"), 1, 8).withMaxCount(40),
                (x, o, m) -> true, Progress.NONE);
        assertEquals(40, s.configurations());
        assertFalse(s.complete());
        long[] seen = new long[3];
        OrderingEnumerator.enumerate(OrderingSpec.byVolume(Lattices.fcc("A", "B"), 1, 4), (x, o, m) -> ++seen[0] < 5,
                (done, total, found) -> seen[1] = done);
        assertEquals(5, seen[0]);
    }

    @Test
    void invalidSpecsAreRejectedNamingTheValue() {
        Prim b2 = Lattices.b2(List.of("Li", "Ag"), List.of("Ag", "Li", "Va"));
        List<EnumeratedSupercell> one = SupercellEnumerator.enumerate(new SupercellSpec(b2, 1, 1), Progress.NONE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OrderingSpec.of(b2, one).withHartForcadeConvention());
        assertTrue(e.getMessage().contains("label exchange"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> OrderingSpec.of(b2, one).withComposition(Map.of("2a", Map.of())));
        assertTrue(e.getMessage().contains("'2a'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> OrderingSpec.of(b2, one).withComposition(Map.of("1a", Map.of("Va", new FractionRange(0, 1)))));
        assertTrue(e.getMessage().contains("'Va'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new FractionRange(0.5, 0.2));
    }

    private static double fraction(Prim prim, Ordering o, String label, String species) {
        var sc = o.supercell().supercell(prim);
        int n = 0;
        int k = 0;
        for (int s = 0; s < sc.size(); s++) {
            if (sc.site(s).sublattice().equals(label)) {
                n++;
                if (sc.site(s).occupants().get(o.occupation()[s]).equals(species)) {
                    k++;
                }
            }
        }
        return (double) k / n;
    }

    private static int cycles(int[] p) {
        boolean[] seen = new boolean[p.length];
        int c = 0;
        for (int s = 0; s < p.length; s++) {
            if (!seen[s]) {
                c++;
                for (int t = s; !seen[t]; t = p[t]) {
                    seen[t] = true;
                }
            }
        }
        return c;
    }
}
