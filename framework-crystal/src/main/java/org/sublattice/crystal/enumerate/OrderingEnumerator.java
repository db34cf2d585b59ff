package org.sublattice.crystal.enumerate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sublattice.api.Checks;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.crystal.FactorGroup;

/**
 * Symmetry-distinct occupations (orderings) of supercells.
 *
 * <p>Algorithm: the supercells and their symmetry follow Hart and Forcade, PRB 77, 224115 (2008)
 * and PRB 80, 014120 (2009) (multilattices): the group of a supercell is its lattice translations
 * combined with the factor-group operations that leave the superlattice invariant, acting on the
 * sites as permutations; a configuration is a base-k number (k occupants per site, site 0 the most
 * significant digit). Instead of Hart–Forcade's table of all kⁿ numbers, each configuration is
 * kept iff it is the lexicographically smallest of its orbit (the canonical-representative test of
 * orderly generation: R. C. Read, Ann. Discrete Math. 2, 107 (1978)), so nothing that symmetry
 * maps onto something else is ever emitted and memory does not grow with kⁿ. The test compares
 * images digit by digit and stops at the first difference, so most configurations are rejected
 * after a few digits of a few elements. Configurations are visited depth first with the
 * composition bounds pruning partial assignments; the inner loop works on primitive arrays and
 * allocates nothing per configuration.
 */
public final class OrderingEnumerator {

    /** Receives each enumerated configuration. */
    @FunctionalInterface
    public interface Sink {
        /**
         * @param supercell the supercell
         * @param occupation occupant index per site of {@code supercell.supercell(prim)}; a live
         *     buffer the enumerator overwrites next: copy it to keep it
         * @param multiplicity how many configurations of the supercell are equivalent to it
         * @return false to stop the enumeration
         */
        boolean accept(EnumeratedSupercell supercell, byte[] occupation, int multiplicity);
    }

    /**
     * What an enumeration did.
     *
     * @param configurations configurations emitted
     * @param perSupercell configurations emitted per supercell, in spec order
     * @param visited complete configurations tested for being canonical
     * @param seconds wall time
     * @param complete false when it stopped at the spec's max count or the sink's request
     */
    public record Summary(long configurations, List<Long> perSupercell, long visited, double seconds, boolean complete) {
        public Summary {
            perSupercell = List.copyOf(perSupercell);
        }
    }

    private OrderingEnumerator() {
    }

    /** Enumerates into a list (each occupation copied). */
    public static List<Ordering> list(OrderingSpec spec, Progress progress) {
        List<Ordering> out = new ArrayList<>();
        int[] counter = new int[1];
        String[] last = {""};
        enumerate(spec, (scel, occ, mult) -> {
            if (!scel.name().equals(last[0])) {
                last[0] = scel.name();
                counter[0] = 0;
            }
            counter[0]++;
            out.add(new Ordering(scel.name() + "/" + counter[0], scel, occ, mult));
            return true;
        }, progress);
        return List.copyOf(out);
    }

    /**
     * Enumerates the spec's configurations supercell by supercell, each in increasing
     * lexicographic order of its occupation.
     *
     * @param progress told after each supercell
     */
    public static Summary enumerate(OrderingSpec spec, Sink sink, Progress progress) {
        Checks.notNull(spec, "spec");
        Checks.notNull(sink, "sink");
        Checks.notNull(progress, "progress");
        long t0 = System.nanoTime();
        FactorGroup group = FactorGroup.of(spec.prim());
        long found = 0;
        long visited = 0;
        boolean complete = true;
        List<Long> per = new ArrayList<>();
        int done = 0;
        for (EnumeratedSupercell scel : spec.supercells()) {
            Run run = new Run(spec, group, scel, sink, spec.maxCount() - found);
            run.search();
            found += run.found;
            visited += run.visited;
            per.add(run.found);
            done++;
            progress.update(done, spec.supercells().size(), found);
            if (run.stopped) {
                complete = false;
                break;
            }
        }
        return new Summary(found, per, visited, (System.nanoTime() - t0) / 1e9, complete);
    }

    /** The search over one supercell. */
    private static final class Run {
        private final EnumeratedSupercell scel;
        private final Sink sink;
        private final long budget;
        private final int n;
        private final SupercellGroup g;
        private final boolean primitiveOnly;
        /** Occupant range per site (fixed and single-occupant sites: lo = hi). */
        private final byte[] lo;
        private final byte[] hi;
        /** Sublattice index per site, occupants per sublattice (width of the count tables). */
        private final int[] label;
        private final int width;
        private final int[] count;
        private final int[] minCount;
        private final int[] maxCount;
        private final boolean constrained;
        /** suffix[s·labels + L]: sites of sublattice L at positions ≥ s. */
        private final int[] suffix;
        private final int labels;
        private final boolean[] variable;
        /** Whether the sites of a sublattice are non-fixed (label exchange acts on them). */
        private final boolean[] labelVariable;
        private final boolean allOccupants;
        /** Label permutations (identity first) when label exchange is on, else only the identity. */
        private final byte[][] relabel;
        private final byte[] occ;
        long found;
        long visited;
        boolean stopped;

        Run(OrderingSpec spec, FactorGroup fg, EnumeratedSupercell scel, Sink sink, long budget) {
            Prim prim = spec.prim();
            this.scel = scel;
            this.sink = sink;
            this.budget = budget;
            Supercell sc = scel.supercell(prim);
            this.n = sc.size();
            this.g = SupercellGroup.of(fg, sc);
            this.primitiveOnly = spec.primitiveOnly();
            this.allOccupants = spec.allOccupants();
            List<String> labelNames = prim.sublattices();
            this.labels = labelNames.size();
            int w = 1;
            for (Site s : prim.basis()) {
                w = Math.max(w, s.occupants().size());
            }
            this.width = w;
            this.lo = new byte[n];
            this.hi = new byte[n];
            this.label = new int[n];
            this.variable = new boolean[n];
            this.occ = new byte[n];
            int[] sitesOf = new int[labels];
            for (int s = 0; s < n; s++) {
                Site site = sc.site(s);
                label[s] = labelNames.indexOf(site.sublattice());
                sitesOf[label[s]]++;
                boolean fixedSite = spec.fixed().contains(site.sublattice()) || !site.isActive();
                variable[s] = !fixedSite;
                if (fixedSite) {
                    lo[s] = (byte) site.indexOf(site.ideal());
                    hi[s] = lo[s];
                } else {
                    hi[s] = (byte) (site.occupants().size() - 1);
                }
            }
            this.count = new int[labels * width];
            this.minCount = new int[labels * width];
            this.maxCount = new int[labels * width];
            java.util.Arrays.fill(maxCount, Integer.MAX_VALUE);
            boolean c = false;
            for (Map.Entry<String, Map<String, FractionRange>> e : spec.composition().entrySet()) {
                int l = labelNames.indexOf(e.getKey());
                List<String> occupants = OrderingSpec.occupants(prim, e.getKey());
                for (Map.Entry<String, FractionRange> r : e.getValue().entrySet()) {
                    int o = occupants.indexOf(r.getKey());
                    minCount[l * width + o] = r.getValue().minCount(sitesOf[l]);
                    maxCount[l * width + o] = r.getValue().maxCount(sitesOf[l]);
                    c = true;
                }
            }
            this.constrained = c;
            this.suffix = new int[(n + 1) * labels];
            for (int s = n - 1; s >= 0; s--) {
                System.arraycopy(suffix, (s + 1) * labels, suffix, s * labels, labels);
                suffix[s * labels + label[s]]++;
            }
            this.labelVariable = new boolean[labels];
            for (int s = 0; s < n; s++) {
                labelVariable[label[s]] |= variable[s];
            }
            this.relabel = spec.labelExchange() ? permutations(commonOccupants(spec, sc)) : new byte[][] {identity(width)};
        }

        private static int commonOccupants(OrderingSpec spec, Supercell sc) {
            for (int s = 0; s < sc.size(); s++) {
                Site site = sc.site(s);
                if (site.isActive() && !spec.fixed().contains(site.sublattice())) {
                    return site.occupants().size();
                }
            }
            return 1;
        }

        /** Depth-first over sites 0 … n−1, occupants in increasing order, pruning on composition bounds. */
        void search() {
            if (budget <= 0) {
                stopped = true;
                return;
            }
            int s = 0;
            occ[0] = (byte) (lo[0] - 1);
            while (s >= 0) {
                int cur = occ[s];
                if (cur >= lo[s]) {
                    count[label[s] * width + cur]--;
                }
                int next = cur + 1;
                int base = label[s] * width;
                while (next <= hi[s] && count[base + next] >= maxCount[base + next]) {
                    next++;
                }
                if (next > hi[s]) {
                    s--;
                    continue;
                }
                occ[s] = (byte) next;
                count[base + next]++;
                if (constrained && !feasible(s + 1)) {
                    continue;
                }
                if (s == n - 1) {
                    visit();
                    if (stopped) {
                        return;
                    }
                    continue;
                }
                s++;
                occ[s] = (byte) (lo[s] - 1);
            }
        }

        /** Whether the sites from {@code from} on can still reach every minimum count. */
        private boolean feasible(int from) {
            for (int l = 0; l < labels; l++) {
                int need = 0;
                for (int o = 0; o < width; o++) {
                    int d = minCount[l * width + o] - count[l * width + o];
                    if (d > 0) {
                        need += d;
                    }
                }
                if (need > suffix[from * labels + l]) {
                    return false;
                }
            }
            return true;
        }

        private void visit() {
            visited++;
            if (allOccupants && !allPresent()) {
                return;
            }
            int stabilizer = canonicalStabilizer();
            if (stabilizer > 0) {
                found++;
                if (!sink.accept(scel, occ, g.size / stabilizer) || found >= budget) {
                    stopped = true;
                }
            }
        }

        private boolean allPresent() {
            for (int s = 0; s < n; s++) {
                if (variable[s]) {
                    int base = label[s] * width;
                    for (int o = lo[s]; o <= hi[s]; o++) {
                        if (count[base + o] == 0) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }

        /**
         * The number of group elements fixing the configuration if it is the smallest of its
         * orbit (and primitive when asked), otherwise 0.
         */
        private int canonicalStabilizer() {
            final int[] perm = g.perm;
            final byte[] c = occ;
            int stabilizer = 1; // the identity
            for (int e = 1; e < g.size; e++) {
                int off = e * n;
                int s = 0;
                while (s < n) {
                    int a = c[perm[off + s]];
                    int b = c[s];
                    if (a != b) {
                        if (a < b) {
                            return 0;
                        }
                        break;
                    }
                    s++;
                }
                if (s == n) {
                    if (primitiveOnly && g.translation[e]) {
                        return 0;
                    }
                    stabilizer++;
                }
            }
            for (int p = 1; p < relabel.length; p++) {
                if (!admissible(relabel[p])) {
                    continue;
                }
                if (smallerRelabelled(relabel[p])) {
                    return 0;
                }
            }
            return stabilizer;
        }

        /** Whether some element combined with the label permutation gives a smaller image. */
        private boolean smallerRelabelled(byte[] pi) {
            final int[] perm = g.perm;
            final byte[] c = occ;
            for (int e = 0; e < g.size; e++) {
                int off = e * n;
                for (int s = 0; s < n; s++) {
                    int src = perm[off + s];
                    int a = variable[src] ? pi[c[src]] : c[src];
                    int b = c[s];
                    if (a != b) {
                        if (a < b) {
                            return true;
                        }
                        break;
                    }
                }
            }
            return false;
        }

        /** Whether the relabelled configuration still satisfies the composition bounds. */
        private boolean admissible(byte[] pi) {
            if (!constrained) {
                return true;
            }
            for (int l = 0; l < labels; l++) {
                for (int o = 0; o < width; o++) {
                    int k = count[l * width + o];
                    int target = labelVariable[l] && o < pi.length ? pi[o] : o;
                    if (k < minCount[l * width + target] || k > maxCount[l * width + target]) {
                        return false;
                    }
                }
            }
            return true;
        }

        private static byte[] identity(int k) {
            byte[] id = new byte[k];
            for (int i = 0; i < k; i++) {
                id[i] = (byte) i;
            }
            return id;
        }

        /** All permutations of 0 … k−1, identity first (Heap's algorithm order after it). */
        private static byte[][] permutations(int k) {
            List<byte[]> out = new ArrayList<>();
            permute(identity(k), 0, out);
            return out.toArray(byte[][]::new);
        }

        private static void permute(byte[] a, int i, List<byte[]> out) {
            if (i == a.length) {
                out.add(a.clone());
                return;
            }
            for (int j = i; j < a.length; j++) {
                byte t = a[i];
                a[i] = a[j];
                a[j] = t;
                permute(a, i + 1, out);
                a[j] = a[i];
                a[i] = t;
            }
        }
    }
}
