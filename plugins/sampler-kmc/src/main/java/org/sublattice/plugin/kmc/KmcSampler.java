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
 * binary sum tree over the available events (O(log n)), time advances by −ln(u)/ΣΓ, and only
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
     * <p>The data layout keeps the cache misses per event few even where the supercell is far
     * larger than the caches (10⁶ sites), because that, not arithmetic, is what an event costs
     * there:
     * <ul>
     * <li>Only a few percent of the event instances are available at a time (hops next to a
     *     vacancy). The available ones hold slots of a compact list, with a sum tree over the
     *     slots (small enough to stay in cache) instead of one over every instance. A slot's record
     *     (stamp, event, image, sites) is one short row, so that a slot costs one miss.</li>
     * <li>Each site has a row with, for every event touching it (local index j), the slot of that
     *     event or −1. It answers "which available events touch this site" from one row, both for
     *     the changed sites and for the sites near them whose rates must be recomputed.</li>
     * <li>Sites of events and neighbours come from stencils (arithmetic), not tables.</li>
     * <li>Displacements belong to the site holding the particle and move with it, so an event
     *     touches the tracking data of its own sites only.</li>
     * </ul>
     */
    static final class Trajectory {
        /** Slots per leaf of the sum tree. */
        private static final int GROUP = 4;
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
        /** Row width: most events touching one site. */
        private final int width;
        /** slotAt[site·width + j]: slot of the site's event j while it is available, else −1. */
        private final int[] slotAt;
        /**
         * Slot records, {@code stride} ints each: the step that last listed the slot for
         * recomputing (so it is listed once per step), the event (−1: free), its image, its sites.
         */
        private int[] slots;
        private final int stride;
        /** Slots in use or freed; those at or above have never been used. */
        private int size;
        /** Freed slots, reused last-in first-out. */
        private int[] free;
        private int freeCount;
        /** Rate of the event in each slot (0 when free). */
        private double[] rate;
        /**
         * Sum tree over groups of {@link #GROUP} slots: leaves at [leaves, 2·leaves), leaf g =
         * the sum of group g's rates, node i = node 2i + node 2i+1. Groups make the tree a
         * quarter of the size (at 10⁶ sites it then stays in the second-level cache).
         */
        double[] tree;
        int leaves;
        /** Slots whose rates this step recomputes. */
        private int[] touched;
        private int touchedCount;
        private int step;
        private final int[] eventSites;
        private final int[] rateSites;
        private final byte[] rateFinal;
        private final int[] siteEventIds;
        private final int[] coSites;
        private final int[] nearbySites;
        private final double[] moveScratch;
        double time;
        long events;

        Trajectory(EventSystem es, BoundHamiltonian h, Chain chain, byte[] start, SplittableRandom rng, List<String> species) {
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
            width = Math.max(1, es.maxEventsPerSite);
            if ((long) occ.length * width > Integer.MAX_VALUE - 8) {
                throw new org.sublattice.api.InvalidInputException("a supercell of " + occ.length + " sites with " + width
                        + " events touching a site needs more than 2³¹ slots of state; use a smaller supercell");
            }
            slotAt = new int[occ.length * width];
            java.util.Arrays.fill(slotAt, -1);
            stride = 3 + es.maxSites;
            eventSites = new int[es.maxSites];
            rateSites = new int[es.maxSites];
            rateFinal = new byte[es.maxSites];
            siteEventIds = new int[width];
            coSites = new int[Math.max(1, es.maxEventSitesPerSite)];
            nearbySites = new int[Math.max(1, es.nearbyWidth)];
            int moves = 0;
            for (int[] f : es.moveFrom) {
                moves = Math.max(moves, f.length);
            }
            moveScratch = new double[3 * moves];
            touched = new int[32];
            slots = new int[16 * stride];
            free = new int[16];
            leaves = 16;
            tree = new double[2 * leaves];
            rate = new double[GROUP * leaves];
            for (int e = 0; e < es.count; e++) {
                int m = es.image(e);
                int k = es.sites(e, eventSites);
                boolean available = true;
                for (int p = 0; p < k && available; p++) {
                    available = occ[eventSites[p]] == es.initial[m][p];
                }
                if (available) {
                    add(e, m, eventSites, 0);
                }
            }
            for (int slot = 0; slot < size; slot++) {
                rate[slot] = computeRate(slot);
            }
            rebuild();
        }

        /** Recomputes every group sum and the tree above them. */
        private void rebuild() {
            for (int g = 0; g < leaves; g++) {
                tree[leaves + g] = groupSum(g);
            }
            for (int i = leaves - 1; i >= 1; i--) {
                tree[i] = tree[2 * i] + tree[2 * i + 1];
            }
        }

        private double groupSum(int g) {
            int r = GROUP * g;
            return (rate[r] + rate[r + 1]) + (rate[r + 2] + rate[r + 3]);
        }

        /** Slot of event e, −1 while it is not available. */
        int slotOf(int e) {
            int m = es.image(e);
            es.sites(e, rateSites);
            return slotAt[rateSites[0] * width + es.localIndex[m][0]];
        }

        /** Rate of event e (s⁻¹), 0 while it is not available. */
        double rate(int e) {
            int slot = slotOf(e);
            return slot < 0 ? 0 : rate[slot];
        }

        /** Sum of the rates of all events (s⁻¹). */
        double totalRate() {
            return tree[1];
        }

        /** Rate of the event in a slot. */
        private double computeRate(int slot) {
            int r = slot * stride;
            int e = slots[r + 1];
            int m = slots[r + 2];
            int k = es.imageSize[m];
            System.arraycopy(slots, r + 3, rateSites, 0, k);
            System.arraycopy(es.finalOcc[m], 0, rateFinal, 0, k);
            double dE = h.deltaEvent(occ, rateSites, rateFinal, k);
            double kra = es.hasLocalKra[m] ? es.localKra[e].value(occ) : es.kra[m];
            return es.prefactor[m] * Math.exp(-beta * (kra + 0.5 * dE));
        }

        /**
         * Gives an event (of image m) that became available a slot (rate 0 until recomputed) and
         * enters the slot in the rows of its sites, {@code sites[from …]}.
         */
        private void add(int e, int m, int[] sites, int from) {
            int slot;
            if (freeCount > 0) {
                slot = free[--freeCount];
            } else {
                if (size == free.length) {
                    slots = java.util.Arrays.copyOf(slots, 2 * size * stride);
                    free = java.util.Arrays.copyOf(free, 2 * size);
                }
                if (size == rate.length) {
                    rate = java.util.Arrays.copyOf(rate, 2 * size);
                    leaves *= 2;
                    tree = new double[2 * leaves];
                    rebuild();
                }
                slot = size++;
            }
            int r = slot * stride;
            slots[r + 1] = e;
            slots[r + 2] = m;
            int k = es.imageSize[m];
            int[] local = es.localIndex[m];
            for (int p = 0; p < k; p++) {
                int site = sites[from + p];
                slots[r + 3 + p] = site;
                slotAt[site * width + local[p]] = slot;
            }
        }

        /**
         * Frees the slot of an event (of image m, on {@code sites[from …]}) that is no longer
         * available and clears it from its sites' rows.
         */
        private void remove(int slot, int m, int[] sites, int from) {
            int k = es.imageSize[m];
            int[] local = es.localIndex[m];
            for (int p = 0; p < k; p++) {
                slotAt[sites[from + p] * width + local[p]] = -1;
            }
            slots[slot * stride + 1] = -1;
            setLeaf(slot, 0);
            free[freeCount++] = slot;
        }

        /**
         * Sets a leaf and the sums above it. Each sum is recomputed from its two children (no
         * drift), carrying the new child in a register rather than reloading what was just stored.
         */
        private void setLeaf(int slot, double r) {
            rate[slot] = r;
            int i = leaves + slot / GROUP;
            double v = groupSum(slot / GROUP);
            tree[i] = v;
            while (i > 1) {
                v += tree[i ^ 1]; // a + b = b + a exactly, so the order of the children does not matter
                i >>= 1;
                tree[i] = v;
            }
        }

        private int select(double u) {
            int i = 1;
            while (i < leaves) {
                double left = tree[2 * i];
                if (u < left) {
                    i = 2 * i;
                } else {
                    u -= left;
                    i = 2 * i + 1;
                }
            }
            int r = GROUP * (i - leaves);
            for (int k = 0; k < GROUP - 1; k++) {
                if (u < rate[r + k]) {
                    return r + k;
                }
                u -= rate[r + k];
            }
            return r + GROUP - 1;
        }

        void run(long maxEvents, double maxTime) {
            long done = 0;
            long progressChunk = 0;
            while (done < maxEvents && time < maxTime) {
                double total = tree[1];
                if (!(total > 0)) {
                    break; // nothing can happen
                }
                int slot = select(rng.nextDouble() * total);
                if (slot >= size || slots[slot * stride + 1] < 0 || rate[slot] == 0) {
                    continue; // rounding at a zero leaf
                }
                time += -Math.log(1 - rng.nextDouble()) / total;
                execute(slot);
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
            chain.progress().advance(progressChunk);
        }

        /** Carries out the event in a slot and updates what it changed. */
        void execute(int slot) {
            if (++step == Integer.MAX_VALUE) {
                for (int x = 0; x < size; x++) {
                    slots[x * stride] = 0;
                }
                step = 1;
            }
            int m = slots[slot * stride + 2];
            int k = es.imageSize[m];
            // a copy: the event becomes unavailable below, and its slot may be reused
            System.arraycopy(slots, slot * stride + 3, eventSites, 0, k);
            // Move particles: gather the displacements of all movers first (the moves permute
            // the event's sites), then put them down at their destinations.
            int[] from = es.moveFrom[m];
            int[] to = es.moveTo[m];
            double[] v = es.moveVector[m];
            int[] sp = es.moveSpecies[m];
            for (int q = 0; q < from.length; q++) {
                int s = 3 * eventSites[from[q]];
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
                int s = 3 * eventSites[to[q]];
                disp[s] = moveScratch[3 * q];
                disp[s + 1] = moveScratch[3 * q + 1];
                disp[s + 2] = moveScratch[3 * q + 2];
            }
            byte[] fin = es.finalOcc[m];
            for (int p = 0; p < k; p++) {
                occ[eventSites[p]] = fin[p];
            }
            // Events on the changed sites may have become available or unavailable.
            int[] changed = es.changed[m];
            for (int c : changed) {
                int s = eventSites[c];
                int ne = es.events(s, siteEventIds, coSites);
                int b = es.sc.basis(s);
                int[] pairImage = es.pairImage[b];
                int[] pairPosition = es.pairPosition[b];
                int[] pairSites = es.pairSitesStart[b];
                int row = s * width;
                for (int j = 0; j < ne; j++) {
                    int em = pairImage[j];
                    byte[] init = es.initial[em];
                    // this site's own occupant first: it rules out most events at once
                    boolean now = occ[s] == init[pairPosition[j]];
                    for (int q = 0, off = pairSites[j], n = es.imageSize[em]; now && q < n; q++) {
                        now = occ[coSites[off + q]] == init[q];
                    }
                    int was = slotAt[row + j];
                    if (now) {
                        if (was < 0) {
                            add(siteEventIds[j], em, coSites, pairSites[j]);
                        }
                        touch(slotAt[row + j]);
                    } else if (was >= 0) {
                        remove(was, em, coSites, pairSites[j]);
                    }
                }
            }
            if (es.global()) {
                // Every rate may have changed.
                for (int x = 0; x < size; x++) {
                    rate[x] = slots[x * stride + 1] < 0 ? 0 : computeRate(x);
                }
                rebuild();
                touchedCount = 0;
                return;
            }
            // Events merely near them keep their availability; the available ones change rate.
            for (int c : changed) {
                int nn = es.nearby(eventSites[c], nearbySites);
                for (int q = 0; q < nn; q++) {
                    int row = nearbySites[q] * width;
                    for (int j = 0; j < width; j++) {
                        int t = slotAt[row + j];
                        if (t >= 0) {
                            touch(t);
                        }
                    }
                }
            }
            for (int i = 0; i < touchedCount; i++) {
                int t = touched[i];
                setLeaf(t, computeRate(t));
            }
            touchedCount = 0;
        }

        /** Lists an available event's slot for recomputing at the end of this step (once, however often it is met). */
        private void touch(int slot) {
            int r = slot * stride;
            if (slots[r] != step) {
                slots[r] = step;
                if (touchedCount == touched.length) {
                    touched = java.util.Arrays.copyOf(touched, 2 * touchedCount);
                }
                touched[touchedCount++] = slot;
            }
        }

        void resetTracking() {
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
