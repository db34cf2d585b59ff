package org.sublattice.plugin.kmc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.sublattice.api.BoundHamiltonian;
import org.sublattice.api.Sampler;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.run.Chain;
import org.sublattice.api.run.ChainResult;
import org.sublattice.crystal.FactorGroup;

/**
 * Rejection-free kinetic Monte Carlo (Bortz, Kalos and Lebowitz, J. Comput. Phys. 17, 10 (1975);
 * the n-fold way): every available event e has the rate Γ_e = ν* exp(−(E_KRA + ΔE_e/2)/k_BT)
 * with ΔE_e from the bound Hamiltonian (the kinetically resolved activation barrier of Van der
 * Ven et al., Phys. Rev. B 64, 184307 (2001)); an event is drawn with probability Γ_e/ΣΓ from a
 * flat binary sum tree (O(log n)), time advances by −ln(u)/ΣΓ, and only the rates of events
 * whose sites lie within the Hamiltonian's interaction range of the changed sites are
 * recomputed.
 *
 * <p>Atoms and vacancies carry identities; their unwrapped displacements and hop counts are
 * tracked. Each condition point runs several independent trajectories from the same starting
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

    /** One trajectory: the configuration, rates in a sum tree, and tracked particles. */
    static final class Trajectory {
        final EventSystem es;
        final BoundHamiltonian h;
        final Chain chain;
        final byte[] occ;
        final SplittableRandom rng;
        final double beta;
        final double[] rate;
        final double[] tree;
        final int leaves;
        final int[] stamp;
        int stampValue;
        /** Particle id on each site (atoms and vacancies alike), its species index and displacement. */
        final int[] particleAt;
        final int[] particleSpecies;
        final double[] disp;
        final int[][] speciesOfOcc;
        final double[] hops;
        final double[] hopR2;
        final int[] scratchSites;
        final byte[] scratchFinal;
        final int[] scratchIds;
        final int[] scratchDest;
        final int vacancy;
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
            vacancy = species.indexOf(Site.VACANCY);
            particleAt = new int[occ.length];
            particleSpecies = new int[occ.length];
            for (int s = 0; s < occ.length; s++) {
                particleAt[s] = s;
                particleSpecies[s] = speciesOfOcc[sc.basis(s)][occ[s]];
            }
            disp = new double[3 * occ.length];
            hops = new double[species.size()];
            hopR2 = new double[species.size()];
            rate = new double[es.count];
            int l = 1;
            while (l < Math.max(1, es.count)) {
                l <<= 1;
            }
            leaves = l;
            tree = new double[2 * l];
            stamp = new int[es.count];
            scratchSites = new int[es.maxSites];
            scratchFinal = new byte[es.maxSites];
            scratchIds = new int[2 * es.maxSites];
            scratchDest = new int[2 * es.maxSites];
            for (int e = 0; e < es.count; e++) {
                rate[e] = computeRate(e);
                tree[leaves + e] = rate[e];
            }
            for (int i = leaves - 1; i >= 1; i--) {
                tree[i] = tree[2 * i] + tree[2 * i + 1];
            }
        }

        private double computeRate(int e) {
            int a = es.evStart[e];
            int b = es.evStart[e + 1];
            for (int x = a; x < b; x++) {
                if (occ[es.evSites[x]] != es.evInitial[x]) {
                    return 0;
                }
            }
            int n = b - a;
            for (int x = 0; x < n; x++) {
                scratchSites[x] = es.evSites[a + x];
                scratchFinal[x] = es.evFinal[a + x];
            }
            double dE = h.deltaEvent(occ, scratchSites, scratchFinal, n);
            int im = es.evImage[e];
            double kra = es.localKra[e] == null ? es.kra[im] : es.localKra[e].value(occ);
            return es.prefactor[im] * Math.exp(-beta * (kra + 0.5 * dE));
        }

        private void update(int e, double r) {
            rate[e] = r;
            int i = leaves + e;
            tree[i] = r;
            for (i >>= 1; i >= 1; i >>= 1) {
                tree[i] = tree[2 * i] + tree[2 * i + 1];
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
            return Math.min(i - leaves, es.count - 1);
        }

        void run(long maxEvents, double maxTime) {
            long done = 0;
            long progressChunk = 0;
            while (done < maxEvents && time < maxTime) {
                double total = tree[1];
                if (!(total > 0)) {
                    break; // nothing can happen
                }
                int e = select(rng.nextDouble() * total);
                if (rate[e] == 0) {
                    continue; // rounding at a zero leaf
                }
                time += -Math.log(1 - rng.nextDouble()) / total;
                execute(e);
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

        void execute(int e) {
            int a = es.evStart[e];
            int b = es.evStart[e + 1];
            int im = es.evImage[e];
            // Move particles: atoms along their trajectories, vacancies from the sites atoms entered
            // to the sites atoms left; everything else stays.
            int[] from = es.moveFrom[im];
            int[] to = es.moveTo[im];
            int[] vf = es.vacancyFrom[im];
            int[] vt = es.vacancyTo[im];
            int nm = from.length + vf.length;
            int[] ids = scratchIds;
            int[] dest = scratchDest;
            for (int k = 0; k < from.length; k++) {
                int id = particleAt[es.evSites[a + from[k]]];
                ids[k] = id;
                dest[k] = es.evSites[a + to[k]];
                double[] v = es.moveVector[im];
                move(id, v[3 * k], v[3 * k + 1], v[3 * k + 2]);
            }
            for (int k = 0; k < vf.length; k++) {
                int id = particleAt[es.evSites[a + vf[k]]];
                ids[from.length + k] = id;
                dest[from.length + k] = es.evSites[a + vt[k]];
                double[] v = es.vacancyVector[im];
                move(id, v[3 * k], v[3 * k + 1], v[3 * k + 2]);
            }
            for (int k = 0; k < nm; k++) {
                particleAt[dest[k]] = ids[k];
            }
            for (int x = a; x < b; x++) {
                occ[es.evSites[x]] = es.evFinal[x];
            }
            // Recompute the rates the event touched.
            if (++stampValue == Integer.MAX_VALUE) {
                java.util.Arrays.fill(stamp, 0);
                stampValue = 1;
            }
            if (es.nearby == null) {
                for (int ev = 0; ev < es.count; ev++) {
                    update(ev, computeRate(ev));
                }
                return;
            }
            // Events on the changed sites may become available or unavailable: recompute them all.
            for (int x = a; x < b; x++) {
                int s = es.evSites[x];
                for (int q = es.siteEventStart[s]; q < es.siteEventStart[s + 1]; q++) {
                    int ev = es.siteEvents[q];
                    if (stamp[ev] != stampValue) {
                        stamp[ev] = stampValue;
                        double r = computeRate(ev);
                        if (r != rate[ev]) {
                            update(ev, r);
                        }
                    }
                }
            }
            // Events merely near them keep their availability; only available ones change rate.
            for (int x = a; x < b; x++) {
                int s = es.evSites[x];
                int base = s * es.nearbyWidth;
                for (int k = 1; k < es.nearbyWidth; k++) {
                    int t = es.nearby[base + k];
                    if (t < 0) {
                        break;
                    }
                    for (int q = es.siteEventStart[t]; q < es.siteEventStart[t + 1]; q++) {
                        int ev = es.siteEvents[q];
                        if (rate[ev] > 0 && stamp[ev] != stampValue) {
                            stamp[ev] = stampValue;
                            double r = computeRate(ev);
                            if (r != rate[ev]) {
                                update(ev, r);
                            }
                        }
                    }
                }
            }
        }

        private void move(int id, double dx, double dy, double dz) {
            disp[3 * id] += dx;
            disp[3 * id + 1] += dy;
            disp[3 * id + 2] += dz;
            int s = particleSpecies[id];
            hops[s]++;
            hopR2[s] += dx * dx + dy * dy + dz * dz;
        }

        void resetTracking() {
            java.util.Arrays.fill(disp, 0);
            java.util.Arrays.fill(hops, 0);
            java.util.Arrays.fill(hopR2, 0);
            time = 0;
            events = 0;
        }

        /** Σ over particles of species s of |ΔR|² (axis −1) or of ΔR_axis². */
        double msd(int s, int axis) {
            double sum = 0;
            for (int id = 0; id < particleSpecies.length; id++) {
                if (particleSpecies[id] == s) {
                    if (axis < 0) {
                        sum += disp[3 * id] * disp[3 * id] + disp[3 * id + 1] * disp[3 * id + 1] + disp[3 * id + 2] * disp[3 * id + 2];
                    } else {
                        sum += disp[3 * id + axis] * disp[3 * id + axis];
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
            for (int id = 0; id < particleSpecies.length; id++) {
                if (particleSpecies[id] == s) {
                    x += disp[3 * id];
                    y += disp[3 * id + 1];
                    z += disp[3 * id + 2];
                }
            }
            return x * x + y * y + z * z;
        }

        int population(int s) {
            int n = 0;
            for (int sp : particleSpecies) {
                n += sp == s ? 1 : 0;
            }
            return n;
        }
    }
}
