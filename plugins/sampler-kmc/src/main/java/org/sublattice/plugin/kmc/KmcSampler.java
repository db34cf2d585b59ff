package org.sublattice.plugin.kmc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.sublattice.api.BoundHamiltonian;
import org.sublattice.api.Sampler;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.run.Chain;
import org.sublattice.api.run.ChainResult;
import org.sublattice.crystal.FactorGroup;

/**
 * Rejection-free kinetic Monte Carlo (Bortz, Kalos and Lebowitz, J. Comput. Phys. 17, 10 (1975);
 * the n-fold way): every available event e has the rate Γ_e = ν* exp(−(E_KRA + ΔE_e/2)/k_BT)
 * with ΔE_e from the bound Hamiltonian (the kinetically resolved activation barrier of Van der
 * Ven et al., Phys. Rev. B 64, 184307 (2001)); an event is drawn with probability Γ_e/ΣΓ from a
 * sum tree over groups of the available events (O(log n)), time advances by −ln(u)/ΣΓ, and only
 * the rates of events whose sites lie within the Hamiltonian's interaction range of the changed
 * sites are recomputed.
 *
 * <p>Atoms and vacancies are tracked as particles: their unwrapped displacements (kept on the
 * site each occupies, moving with it) and hop counts. Each condition point runs several independent trajectories from the same starting
 * state (random streams split from the chain's); per-trajectory totals are the chain's series:
 * {@code time}, and per species s (Va included) {@code msd:s} = Σ_k |ΔR_k|², {@code msd_xx:s} …,
 * {@code com:s} = |Σ_k ΔR_k|², {@code hops:s}, {@code hop_r2:s} (Σ of squared hop lengths) and
 * {@code n:s}. Distances in Å, time in s. The sampler keeps one expanded event system per
 * supercell; it is otherwise immutable.
 */
final class KmcSampler implements Sampler {
    private final KmcFactory.Parameters p;
    private final Map<Supercell, EventSystem> systems = new ConcurrentHashMap<>();

    KmcSampler(KmcFactory.Parameters p) {
        this.p = p;
    }

    @Override
    public long plannedSteps(int sites) {
        return (p.equilibration() + p.events()) * p.trajectories();
    }

    EventSystem system(BoundHamiltonian h) {
        Supercell sc = h.supercell();
        return systems.computeIfAbsent(sc, s -> {
            List<EventSpec> specs = EventCatalog.read(p.catalog(), s.prim());
            // Rates depend on occupants within the Hamiltonian's range and, for local E_KRA
            // expansions, within their cutoff radius of the event's sites.
            double range = h.interactionRange();
            for (EventSpec spec : specs) {
                if (spec.localKra().isPresent()) {
                    range = Math.max(range, spec.localKra().get().cutoffRadius());
                }
            }
            return new EventSystem(FactorGroup.of(s.prim()), specs, s, range);
        });
    }

    @Override
    public ChainResult run(Chain chain) {
        BoundHamiltonian h = chain.hamiltonian();
        EventSystem es = system(h);
        Supercell sc = es.sc;
        List<String> species = sc.prim().species();
        int ns = species.size();
        int trajectories = p.trajectories();
        Map<String, double[]> series = new LinkedHashMap<>();
        double[] time = new double[trajectories];
        double[][] msd = new double[ns][trajectories];
        double[][] mxx = new double[ns][trajectories];
        double[][] myy = new double[ns][trajectories];
        double[][] mzz = new double[ns][trajectories];
        double[][] com = new double[ns][trajectories];
        double[][] hops = new double[ns][trajectories];
        double[][] hopR2 = new double[ns][trajectories];
        double[][] count = new double[ns][trajectories];
        byte[] start = chain.configuration().occupation().clone();
        long steps = 0;
        byte[] last = start;
        for (int t = 0; t < trajectories; t++) {
            Trajectory tr = new Trajectory(es, h, chain, start, new SplittableRandom(chain.random().nextLong()), species);
            tr.run(p.equilibration(), Double.POSITIVE_INFINITY);
            tr.resetTracking();
            double limit = p.time().orElse(Double.POSITIVE_INFINITY);
            tr.run(p.events(), limit);
            steps += tr.events;
            time[t] = tr.time;
            for (int s = 0; s < ns; s++) {
                msd[s][t] = tr.msd(s, -1);
                mxx[s][t] = tr.msd(s, 0);
                myy[s][t] = tr.msd(s, 1);
                mzz[s][t] = tr.msd(s, 2);
                com[s][t] = tr.centreOfMass(s);
                hops[s][t] = tr.hops[s];
                hopR2[s][t] = tr.hopR2[s];
                count[s][t] = tr.population(s);
            }
            last = tr.occ;
            if (chain.progress().cancelled()) {
                trajectories = t + 1;
                break;
            }
        }
        series.put("time", java.util.Arrays.copyOf(time, trajectories));
        for (int s = 0; s < ns; s++) {
            String sp = species.get(s);
            series.put("msd:" + sp, java.util.Arrays.copyOf(msd[s], trajectories));
            series.put("msd_xx:" + sp, java.util.Arrays.copyOf(mxx[s], trajectories));
            series.put("msd_yy:" + sp, java.util.Arrays.copyOf(myy[s], trajectories));
            series.put("msd_zz:" + sp, java.util.Arrays.copyOf(mzz[s], trajectories));
            series.put("com:" + sp, java.util.Arrays.copyOf(com[s], trajectories));
            series.put("hops:" + sp, java.util.Arrays.copyOf(hops[s], trajectories));
            series.put("hop_r2:" + sp, java.util.Arrays.copyOf(hopR2[s], trajectories));
            series.put("n:" + sp, java.util.Arrays.copyOf(count[s], trajectories));
        }
        System.arraycopy(last, 0, chain.configuration().occupation(), 0, last.length);
        Map<String, Double> scalars = new LinkedHashMap<>();
        scalars.put("event_images_per_cell", (double) es.imagesPerCell());
        scalars.put("event_instances", (double) es.count);
        return new ChainResult(series, scalars, chain.configuration().copy(), steps);
    }

    /**
     * One trajectory: the configuration, the available events with their rates, and the tracked
     * particles.
     *
     * <p>The data layout keeps the memory an event touches small even where the supercell is far
     * larger than the caches (10⁶ sites), because that, not arithmetic, is what an event costs
     * there:
     * <ul>
     * <li>Only a few percent of the event instances are available at a time (hops next to a
     *     vacancy). The available ones are kept in groups, one per anchor site (the site of an
     *     event's vacancy, {@link EventSystem#anchorIndex}) with at least one available event: a
     *     group has a slot for each event anchored there and is a leaf of the sum tree. The events
     *     around one vacancy thus share one record, one line of rates and one path of the tree,
     *     and a site needs one entry (its group), not one per event touching it.</li>
     * <li>Which events an event makes available or unavailable follows from the occupants (every
     *     available event touching a changed site needed its old occupant); which rates it
     *     changes, from stencils of the anchors near its changed sites
     *     ({@link EventSystem#affected}).</li>
     * <li>Sites of events and neighbours come from stencils (arithmetic), not tables.</li>
     * <li>Displacements belong to the site holding the particle and move with it, so an event
     *     touches the tracking data of its own sites only; they are moved a batch of events at
     *     a time ({@link #applyMoves}).</li>
     * </ul>
     */
    static final class Trajectory {
        /**
         * Ints of a group record before its slots: the step that last listed it, which of its
         * events that step recomputes (bit j for slot j), the number of available events.
         */
        private static final int STAMP = 0;
        private static final int MASK = 1;
        private static final int COUNT = 2;
        private static final int HEAD = 3;
        /** Children per node of the sum tree. */
        private static final int FAN = 8;
        /** Events whose moves are applied to the displacements together (see {@link #applyMoves}). */
        private static final int PENDING = 256;
        /**
         * Displacement arrays at least this long (4 MB) outgrow the caches, so that moves are
         * batched; in smaller ones each event applies its own.
         */
        private static final int BATCH_DISPLACEMENTS = 1 << 19;
        final EventSystem es;
        final BoundHamiltonian h;
        final Chain chain;
        final byte[] occ;
        final SplittableRandom rng;
        final double beta;
        /** Unwrapped displacement (Å) of the particle (atom or vacancy) on each site, 3 per site. */
        final double[] disp;
        final int[][] speciesOfOcc;
        final double[] hops;
        final double[] hopR2;
        /** Slots per group: most events anchored at one site. */
        private final int width;
        /** Ints per slot in a group record: the event, then its sites. */
        private final int slotInts;
        /**
         * groupOf[{@link #anchorSlot}(site)]: the group of the events anchored at the site, −1
         * while none of them is available. Only sites of bases that anchor events have an entry
         * (in B32 Li hops, half the sites), which keeps this array, read for every anchor near an
         * event, small.
         */
        private final int[] groupOf;
        /** Per basis: added to a site of that basis to give its entry in {@link #groupOf} (unused for other bases). */
        private final int[] anchorShift;
        /**
         * Group records, {@code stride} ints each: {@link #STAMP}, {@link #MASK}, {@link #COUNT},
         * then per anchored index j the event in slot j (−1 while it is not available) and its
         * sites.
         */
        private int[] groups;
        private final int stride;
        /** Groups in use or freed; those at or above have never been used. */
        private int size;
        /** Freed groups, reused last-in first-out. */
        private int[] free;
        private int freeCount;
        /** Rate of the event in each slot, g·width + j (0 while not available). */
        private double[] rate;
        /**
         * Sum tree over groups with {@link #FAN} children per node, its levels one after another
         * from {@link #levelStart}: level 0 holds the leaves, leaf g = the sum of group g's rates;
         * node i of level l+1 = the sum of nodes FAN·i … FAN·i + FAN−1 of level l; the last level
         * is the one node holding the total. Wide nodes make the tree shallow (5 levels for 32768
         * groups, where a binary tree has 15): a draw follows fewer dependent loads, and the
         * levels above the leaves are small enough to stay in cache.
         */
        double[] tree;
        private int[] levelStart;
        int leaves;
        /** Groups whose rates this step recomputes. */
        private int[] touched;
        private int touchedCount;
        private int step;
        private final int[] eventSites;
        private final int[] rateSites;
        private final byte[] rateFinal;
        /** Per changed position of the current event: the events touching its site and their sites. */
        private final int[][] siteEventIds;
        private final int[][] coSites;
        private final int[] anchors;
        private final double[] moveScratch;
        /** Events carried out whose moves the displacements do not show yet: image, then sites. */
        private final int[] pending;
        private int pendingCount;
        /** Events per batch of moves: {@link #PENDING}, or 1 where the displacements stay in cache. */
        private final int batch;
        /** What {@link #applyMoves} loaded first (kept only so that the loads are not optimised away). */
        private double loaded;
        double time;
        long events;

        Trajectory(EventSystem es, BoundHamiltonian h, Chain chain, byte[] start, SplittableRandom rng, List<String> species) {
            this(es, h, chain, start, rng, species, 3L * start.length >= BATCH_DISPLACEMENTS ? PENDING : 1);
        }

        /** As above, applying the moves of {@code batch} events at a time (1: each event its own). */
        Trajectory(EventSystem es, BoundHamiltonian h, Chain chain, byte[] start, SplittableRandom rng, List<String> species, int batch) {
            if (batch < 1) {
                throw new IllegalArgumentException("batch must be at least 1, got " + batch);
            }
            this.es = es;
            this.h = h;
            this.chain = chain;
            this.occ = start.clone();
            this.rng = rng;
            this.beta = chain.conditions().beta();
            Supercell sc = es.sc;
            int nb = sc.prim().size();
            speciesOfOcc = new int[nb][];
            for (int b = 0; b < nb; b++) {
                List<String> o = sc.prim().basis().get(b).occupants();
                speciesOfOcc[b] = new int[o.size()];
                for (int k = 0; k < o.size(); k++) {
                    speciesOfOcc[b][k] = species.indexOf(o.get(k));
                }
            }
            disp = new double[3 * occ.length];
            hops = new double[species.size()];
            hopR2 = new double[species.size()];
            width = Math.max(1, es.maxAnchoredPerSite);
            slotInts = 1 + es.maxSites;
            stride = HEAD + width * slotInts;
            // groups grow by doubling up to twice the number of sites
            if (2L * occ.length * stride > Integer.MAX_VALUE - 8) {
                throw new org.sublattice.api.InvalidInputException("a supercell of " + occ.length + " sites with " + width
                        + " events anchored at a site needs more than 2³¹ ints of state; use a smaller supercell");
            }
            int volume = sc.volume();
            boolean[] anchoring = new boolean[nb];
            for (int m = 0; m < es.anchorPosition.length; m++) {
                anchoring[es.positionBasis[m][es.anchorPosition[m]]] = true;
            }
            anchorShift = new int[nb];
            int ranks = 0;
            for (int b = 0; b < nb; b++) {
                anchorShift[b] = (ranks - b) * volume;
                ranks += anchoring[b] ? 1 : 0;
            }
            groupOf = new int[Math.max(1, ranks) * volume];
            java.util.Arrays.fill(groupOf, -1);
            eventSites = new int[es.maxSites];
            rateSites = new int[es.maxSites];
            rateFinal = new byte[es.maxSites];
            int changes = 0;
            for (int[] c : es.changed) {
                changes = Math.max(changes, c.length);
            }
            siteEventIds = new int[changes][Math.max(1, es.maxEventsPerSite)];
            coSites = new int[changes][Math.max(1, es.maxEventSitesPerSite)];
            anchors = new int[Math.max(1, es.affectedWidth)];
            int moves = 0;
            for (int[] f : es.moveFrom) {
                moves = Math.max(moves, f.length);
            }
            moveScratch = new double[3 * moves];
            this.batch = batch;
            pending = new int[batch * slotInts];
            touched = new int[32];
            leaves = 16;
            groups = new int[leaves * stride];
            clear(0, leaves);
            free = new int[leaves];
            rate = new double[width * leaves];
            layOutTree();
            for (int e = 0; e < es.count; e++) {
                int m = es.image(e);
                int k = es.sites(e, eventSites);
                boolean available = true;
                for (int p = 0; p < k && available; p++) {
                    available = occ[eventSites[p]] == es.initial[m][p];
                }
                if (available) {
                    enter(e, m, eventSites, 0);
                }
            }
            recomputeAll();
        }

        /** Entry of an anchor site in {@link #groupOf}. */
        private int anchorSlot(int site) {
            return site + anchorShift[es.sc.basis(site)];
        }

        /** Offset of slot j of group g in {@link #groups}. */
        private int record(int g, int j) {
            return g * stride + HEAD + j * slotInts;
        }

        /** Recomputes every rate, every group sum and the tree above them. */
        private void recomputeAll() {
            for (int g = 0; g < size; g++) {
                for (int j = 0; j < width; j++) {
                    int r = record(g, j);
                    rate[g * width + j] = groups[r] < 0 ? 0 : computeRate(r);
                }
            }
            sumTree();
        }

        /**
         * Allocates the tree for {@link #leaves} leaves: each level padded to a whole number of
         * nodes (the padding stays 0, so a draw never picks it), down to the single total.
         */
        private void layOutTree() {
            int levels = 1;
            for (int n = leaves; n > 1; n = (n + FAN - 1) / FAN) {
                levels++;
            }
            levelStart = new int[levels + 1];
            int n = leaves;
            for (int l = 0; l < levels; l++) {
                levelStart[l + 1] = levelStart[l] + (n == 1 ? 1 : (n + FAN - 1) / FAN * FAN);
                n = (n + FAN - 1) / FAN;
            }
            tree = new double[levelStart[levels]];
        }

        /** Sets every leaf to its group's sum and every node above to the sum of its children. */
        private void sumTree() {
            for (int g = 0; g < leaves; g++) {
                tree[g] = groupSum(g);
            }
            for (int l = 1; l < levelStart.length - 1; l++) {
                for (int i = 0, n = levelStart[l + 1] - levelStart[l]; i < n; i++) {
                    tree[levelStart[l] + i] = children(l, i);
                }
            }
        }

        /** Sum of the children of node i of level l ≥ 1, always added in the same order. */
        private double children(int l, int i) {
            int c = levelStart[l - 1] + FAN * i;
            if (c >= levelStart[l]) {
                return 0; // padding of level l
            }
            double sum = 0;
            for (int k = 0; k < FAN; k++) {
                sum += tree[c + k];
            }
            return sum;
        }

        private double groupSum(int g) {
            int r = g * width;
            double sum = 0;
            for (int j = 0; j < width; j++) {
                sum += rate[r + j];
            }
            return sum;
        }

        /** Slot of event e, −1 while it is not available. */
        int slotOf(int e) {
            int m = es.image(e);
            es.sites(e, rateSites);
            int g = groupOf[anchorSlot(rateSites[es.anchorPosition[m]])];
            int j = es.anchorIndex[m];
            return g >= 0 && groups[record(g, j)] == e ? g * width + j : -1;
        }

        /** Rate of event e (s⁻¹), 0 while it is not available. */
        double rate(int e) {
            int slot = slotOf(e);
            return slot < 0 ? 0 : rate[slot];
        }

        /** Sum of the rates of all events (s⁻¹). */
        double totalRate() {
            return tree[tree.length - 1];
        }

        /** Rate in the current configuration of the event whose slot record starts at r. */
        private double computeRate(int r) {
            int e = groups[r];
            int m = es.image(e);
            int k = es.imageSize[m];
            System.arraycopy(groups, r + 1, rateSites, 0, k);
            System.arraycopy(es.finalOcc[m], 0, rateFinal, 0, k);
            double dE = h.deltaEvent(occ, rateSites, rateFinal, k);
            double kra = es.hasLocalKra[m] ? es.localKra[e].value(occ) : es.kra[m];
            return es.prefactor[m] * Math.exp(-beta * (kra + 0.5 * dE));
        }

        /**
         * Puts event e (of image m, on {@code sites[from …]}) that became available into its slot
         * (rate 0 until recomputed), giving its anchor a group if it has none; returns the group.
         */
        private int enter(int e, int m, int[] sites, int from) {
            int anchor = sites[from + es.anchorPosition[m]];
            int slot = anchorSlot(anchor);
            int g = groupOf[slot];
            if (g < 0) {
                if (freeCount > 0) {
                    g = free[--freeCount];
                } else {
                    if (size == leaves) {
                        grow();
                    }
                    g = size++;
                }
                groupOf[slot] = g;
            }
            int r = record(g, es.anchorIndex[m]);
            groups[r] = e;
            System.arraycopy(sites, from, groups, r + 1, es.imageSize[m]);
            groups[g * stride + COUNT]++;
            return g;
        }

        /** Takes the event in slot j of group g (anchored at site {@code anchor}) out; frees the group when it empties. */
        private void leave(int g, int j, int anchor) {
            groups[record(g, j)] = -1;
            rate[g * width + j] = 0;
            if (--groups[g * stride + COUNT] == 0) {
                groupOf[anchorSlot(anchor)] = -1;
                free[freeCount++] = g;
            }
        }

        /** Makes groups [from, to) empty: no slot holds an event. */
        private void clear(int from, int to) {
            java.util.Arrays.fill(groups, from * stride, to * stride, -1);
            for (int g = from; g < to; g++) {
                groups[g * stride + STAMP] = 0;
                groups[g * stride + COUNT] = 0;
            }
        }

        /** Doubles the number of groups (and leaves). */
        private void grow() {
            int n = 2 * leaves;
            groups = java.util.Arrays.copyOf(groups, n * stride);
            clear(leaves, n);
            free = java.util.Arrays.copyOf(free, n);
            rate = java.util.Arrays.copyOf(rate, n * width);
            leaves = n;
            layOutTree();
            sumTree();
        }

        /**
         * Sets group g's leaf to the sum of its rates and updates the sums above it, each from its
         * children in a fixed order (no drift), so that the tree depends only on the rates.
         */
        private void setLeaf(int g) {
            tree[g] = groupSum(g);
            int i = g;
            for (int l = 1, top = levelStart.length - 1; l < top; l++) {
                i /= FAN;
                tree[levelStart[l] + i] = children(l, i);
            }
        }

        /** The slot of the event that the cumulative rate u falls in. */
        private int select(double u) {
            int i = 0;
            for (int l = levelStart.length - 2; l >= 1; l--) {
                int c = levelStart[l - 1] + FAN * i;
                int k = 0;
                for (; k < FAN - 1; k++) {
                    double v = tree[c + k];
                    if (u < v) {
                        break;
                    }
                    u -= v;
                }
                i = FAN * i + k;
            }
            int r = width * i;
            for (int k = 0; k < width - 1; k++) {
                if (u < rate[r + k]) {
                    return r + k;
                }
                u -= rate[r + k];
            }
            return r + width - 1;
        }

        void run(long maxEvents, double maxTime) {
            long done = 0;
            long progressChunk = 0;
            while (done < maxEvents && time < maxTime) {
                double total = totalRate();
                if (!(total > 0)) {
                    break; // nothing can happen
                }
                int slot = select(rng.nextDouble() * total);
                int g = slot / width;
                if (g >= size || groups[record(g, slot - g * width)] < 0 || rate[slot] == 0) {
                    continue; // rounding at a zero leaf
                }
                time += -Math.log(1 - rng.nextDouble()) / total;
                carryOut(slot);
                done++;
                events++;
                if (++progressChunk == 4096) {
                    chain.progress().advance(progressChunk);
                    progressChunk = 0;
                    if (chain.progress().cancelled()) {
                        break;
                    }
                }
            }
            applyMoves();
            chain.progress().advance(progressChunk);
        }

        /** Carries out the event in a slot and updates what it changed, displacements included. */
        void execute(int slot) {
            carryOut(slot);
            applyMoves();
        }

        /**
         * Moves the displacements of the particles of the pending events to their new sites, in
         * the order of the events. Deferred so that the displacements of many events, each a
         * likely cache miss in a large supercell, are loaded together rather than each event
         * waiting for its own.
         */
        private void applyMoves() {
            // First only load the displacements the moves read, with as little work between the
            // loads as possible, so that the processor has many of them under way at once.
            if (pendingCount > 1) {
                double sum = 0;
                for (int x = 0; x < pendingCount; x++) {
                    int r = x * slotInts;
                    for (int f : es.moveFrom[pending[r]]) {
                        sum += disp[3 * pending[r + 1 + f]];
                    }
                }
                loaded = sum;
            }
            for (int x = 0; x < pendingCount; x++) {
                int r = x * slotInts;
                int m = pending[r];
                // Gather the displacements of all movers first (the moves permute the event's
                // sites), then put them down at their destinations.
                int[] from = es.moveFrom[m];
                int[] to = es.moveTo[m];
                double[] v = es.moveVector[m];
                int[] sp = es.moveSpecies[m];
                for (int q = 0; q < from.length; q++) {
                    int s = 3 * pending[r + 1 + from[q]];
                    double dx = v[3 * q];
                    double dy = v[3 * q + 1];
                    double dz = v[3 * q + 2];
                    moveScratch[3 * q] = disp[s] + dx;
                    moveScratch[3 * q + 1] = disp[s + 1] + dy;
                    moveScratch[3 * q + 2] = disp[s + 2] + dz;
                    hops[sp[q]]++;
                    hopR2[sp[q]] += dx * dx + dy * dy + dz * dz;
                }
                for (int q = 0; q < to.length; q++) {
                    int s = 3 * pending[r + 1 + to[q]];
                    disp[s] = moveScratch[3 * q];
                    disp[s + 1] = moveScratch[3 * q + 1];
                    disp[s + 2] = moveScratch[3 * q + 2];
                }
            }
            pendingCount = 0;
        }

        /** Carries out the event in a slot and updates what it changed; its moves wait in {@link #pending}. */
        private void carryOut(int slot) {
            if (++step == Integer.MAX_VALUE) {
                for (int x = 0; x < size; x++) {
                    groups[x * stride + STAMP] = 0;
                }
                step = 1;
            }
            int g0 = slot / width;
            int r0 = record(g0, slot - g0 * width);
            int m = es.image(groups[r0]);
            int k = es.imageSize[m];
            // a copy: the event becomes unavailable below, and its slot may be reused
            System.arraycopy(groups, r0 + 1, eventSites, 0, k);
            pending[pendingCount * slotInts] = m;
            System.arraycopy(eventSites, 0, pending, pendingCount * slotInts + 1, k);
            if (++pendingCount == batch) {
                applyMoves();
            }
            // Every available event touching a changed site needed the site's old occupant: all
            // of them become unavailable, and only events needing a new occupant become available.
            // (Those anchored where this event is are in its group: no need to look that up.)
            int anchor0 = eventSites[es.anchorPosition[m]];
            int[] changed = es.changed[m];
            for (int c = 0; c < changed.length; c++) {
                int s = eventSites[changed[c]];
                int[] ids = siteEventIds[c];
                int[] co = coSites[c];
                int ne = es.events(s, ids, co);
                int b = es.positionBasis[m][changed[c]];
                int[] pairImage = es.pairImage[b];
                int[] pairPosition = es.pairPosition[b];
                int[] pairSites = es.pairSitesStart[b];
                for (int j = 0; j < ne; j++) {
                    int em = pairImage[j];
                    if (available(em, occ[s] == es.initial[em][pairPosition[j]], co, pairSites[j])) {
                        int anchor = co[pairSites[j] + es.anchorPosition[em]];
                        int g = anchor == anchor0 ? g0 : groupOf[anchorSlot(anchor)];
                        int ja = es.anchorIndex[em];
                        // an event touching two changed sites is met twice
                        if (g >= 0 && groups[record(g, ja)] == ids[j]) {
                            leave(g, ja, anchor);
                            touch(g, 0);
                        }
                    }
                }
            }
            byte[] fin = es.finalOcc[m];
            for (int p = 0; p < k; p++) {
                occ[eventSites[p]] = fin[p];
            }
            for (int c = 0; c < changed.length; c++) {
                int s = eventSites[changed[c]];
                int[] ids = siteEventIds[c];
                int[] co = coSites[c];
                int b = es.positionBasis[m][changed[c]];
                int[] pairImage = es.pairImage[b];
                int[] pairPosition = es.pairPosition[b];
                int[] pairSites = es.pairSitesStart[b];
                for (int j = 0, ne = pairImage.length; j < ne; j++) {
                    int em = pairImage[j];
                    if (available(em, occ[s] == es.initial[em][pairPosition[j]], co, pairSites[j])) {
                        int g = groupOf[anchorSlot(co[pairSites[j] + es.anchorPosition[em]])];
                        int ja = es.anchorIndex[em];
                        if (g < 0 || groups[record(g, ja)] != ids[j]) {
                            touch(enter(ids[j], em, co, pairSites[j]), bit(ja));
                        }
                    }
                }
            }
            if (es.global()) {
                // Every rate may have changed.
                recomputeAll();
                touchedCount = 0;
                return;
            }
            // The events with a site within the interaction range of a changed site change rate.
            int na = es.affected(m, eventSites[0], anchors);
            int[] mask = es.affectedEvents[m];
            int[] holds = es.affectedOccupants[m];
            for (int q = 0; q < na; q++) {
                int y = anchors[q];
                // only an anchor holding the occupant its events need can have a group
                if ((holds[q] >>> occ[y] & 1) != 0) {
                    int g = groupOf[anchorSlot(y)];
                    if (g >= 0) {
                        touch(g, mask[q]);
                    }
                }
            }
            for (int i = 0; i < touchedCount; i++) {
                int g = touched[i];
                int recompute = groups[g * stride + MASK];
                for (int j = 0; j < width; j++) {
                    int r = record(g, j);
                    // a shift by j takes j modulo 32: beyond 32 slots the mask is all ones
                    if (groups[r] >= 0 && (recompute >>> j & 1) != 0) {
                        rate[g * width + j] = computeRate(r);
                    }
                }
                setLeaf(g);
            }
            touchedCount = 0;
        }

        /**
         * Whether an event of image m on sites {@code co[off …]} is available, given whether the
         * site it was found from holds its occupant (checked first: it rules out most events).
         */
        private boolean available(int m, boolean here, int[] co, int off) {
            byte[] init = es.initial[m];
            boolean now = here;
            for (int q = 0, n = es.imageSize[m]; now && q < n; q++) {
                now = occ[co[off + q]] == init[q];
            }
            return now;
        }

        /** The mask bit of slot j (all bits when groups have more than 32 slots). */
        private int bit(int j) {
            return width > 32 ? -1 : 1 << j;
        }

        /**
         * Lists a group for recomputing at the end of this step (once, however often it is met),
         * with the events of {@code mask} among those it recomputes.
         */
        private void touch(int g, int mask) {
            int r = g * stride;
            if (groups[r + STAMP] != step) {
                groups[r + STAMP] = step;
                groups[r + MASK] = mask;
                if (touchedCount == touched.length) {
                    touched = java.util.Arrays.copyOf(touched, 2 * touchedCount);
                }
                touched[touchedCount++] = g;
            } else {
                groups[r + MASK] |= mask;
            }
        }

        void resetTracking() {
            applyMoves();
            java.util.Arrays.fill(disp, 0);
            java.util.Arrays.fill(hops, 0);
            java.util.Arrays.fill(hopR2, 0);
            time = 0;
            events = 0;
        }

        /** Species index of the particle on site x. */
        private int speciesAt(int x) {
            return speciesOfOcc[es.sc.basis(x)][occ[x]];
        }

        /** Σ over particles of species s of |ΔR|² (axis −1) or of ΔR_axis². */
        double msd(int s, int axis) {
            double sum = 0;
            for (int x = 0; x < occ.length; x++) {
                if (speciesAt(x) == s) {
                    if (axis < 0) {
                        sum += disp[3 * x] * disp[3 * x] + disp[3 * x + 1] * disp[3 * x + 1] + disp[3 * x + 2] * disp[3 * x + 2];
                    } else {
                        sum += disp[3 * x + axis] * disp[3 * x + axis];
                    }
                }
            }
            return sum;
        }

        /** |Σ over particles of species s of ΔR|². */
        double centreOfMass(int s) {
            double x = 0;
            double y = 0;
            double z = 0;
            for (int site = 0; site < occ.length; site++) {
                if (speciesAt(site) == s) {
                    x += disp[3 * site];
                    y += disp[3 * site + 1];
                    z += disp[3 * site + 2];
                }
            }
            return x * x + y * y + z * z;
        }

        int population(int s) {
            int n = 0;
            for (int x = 0; x < occ.length; x++) {
                n += speciesAt(x) == s ? 1 : 0;
            }
            return n;
        }
    }
}
