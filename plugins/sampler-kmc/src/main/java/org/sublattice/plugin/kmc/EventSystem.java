package org.sublattice.plugin.kmc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sublattice.api.crystal.Neighbour;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.crystal.SiteCoord;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.crystal.Vec3;
import org.sublattice.crystal.FactorGroup;

/**
 * An event catalog expanded by the factor group and laid over a supercell as flat arrays: every
 * symmetry-distinct image of every prototype event, at every translation of the supercell.
 * {@link #siteEvents} lists the events touching each site and {@link #nearby} the sites whose
 * occupants can change an event's rate (within the Hamiltonian's interaction range of its sites),
 * so that after an event only the affected rates are recomputed. Immutable; shared by chains.
 */
final class EventSystem {
    final Supercell sc;
    /** Number of event instances. */
    final int count;
    /** Sites per instance: evSites[evStart[e] … evStart[e+1]). */
    final int[] evStart;
    final int[] evSites;
    /** Required and resulting occupant indices, parallel to evSites. */
    final byte[] evInitial;
    final byte[] evFinal;
    /** Image of each instance (index into the per-image arrays). */
    final int[] evImage;
    /** Per image: E_KRA (eV), ν* (Hz), prototype index. */
    final double[] kra;
    final double[] prefactor;
    final int[] imagePrototype;
    /** Per image: atom moves (local from, local to) and their displacement vectors (Å). */
    final int[][] moveFrom;
    final int[][] moveTo;
    final double[][] moveVector;
    /** Per image: vacancy moves likewise. */
    final int[][] vacancyFrom;
    final int[][] vacancyTo;
    final double[][] vacancyVector;
    /** Events touching each site (CSR). */
    final int[] siteEventStart;
    final int[] siteEvents;
    /** Sites within the interaction range of each site, itself first (width nearbyWidth, −1 padded); null = all. */
    final int[] nearby;
    final int nearbyWidth;
    final List<EventSpec> prototypes;
    final int maxSites;
    /** E_KRA of instances whose prototype has a local cluster expansion (null otherwise). */
    final org.sublattice.crystal.LocalExpansion.Placement[] localKra;

    EventSystem(FactorGroup group, List<EventSpec> specs, Supercell sc, double range) {
        this.sc = sc;
        this.prototypes = List.copyOf(specs);
        Prim prim = sc.prim();
        List<Image> images = new ArrayList<>();
        for (int p = 0; p < specs.size(); p++) {
            EventSpec spec = specs.get(p);
            Set<String> seen = new HashSet<>();
            for (int op = 0; op < group.size(); op++) {
                List<SiteCoord> mapped = new ArrayList<>();
                for (SiteCoord s : spec.sites()) {
                    mapped.add(group.apply(op, s));
                }
                SiteCoord a = mapped.get(0);
                List<SiteCoord> anchored = new ArrayList<>();
                for (SiteCoord s : mapped) {
                    anchored.add(s.translate(-a.i(), -a.j(), -a.k()));
                }
                String key = key(anchored, spec);
                if (seen.add(key)) {
                    images.add(new Image(p, anchored, op, new int[] {-a.i(), -a.j(), -a.k()}));
                }
            }
        }
        int volume = sc.volume();
        int perCell = 0;
        int sitesPerCell = 0;
        for (Image im : images) {
            perCell++;
            sitesPerCell += im.sites.size();
        }
        this.count = perCell * volume;
        this.evStart = new int[count + 1];
        this.evSites = new int[sitesPerCell * volume];
        this.evInitial = new byte[evSites.length];
        this.evFinal = new byte[evSites.length];
        this.evImage = new int[count];
        int n = images.size();
        this.kra = new double[n];
        this.prefactor = new double[n];
        this.imagePrototype = new int[n];
        this.moveFrom = new int[n][];
        this.moveTo = new int[n][];
        this.moveVector = new double[n][];
        this.vacancyFrom = new int[n][];
        this.vacancyTo = new int[n][];
        this.vacancyVector = new double[n][];
        int max = 0;
        for (int m = 0; m < n; m++) {
            Image im = images.get(m);
            EventSpec spec = specs.get(im.prototype);
            kra[m] = spec.kra();
            prefactor[m] = spec.prefactor();
            imagePrototype[m] = im.prototype;
            max = Math.max(max, im.sites.size());
            List<int[]> t = spec.trajectories();
            moveFrom[m] = t.stream().mapToInt(x -> x[0]).toArray();
            moveTo[m] = t.stream().mapToInt(x -> x[1]).toArray();
            moveVector[m] = new double[3 * t.size()];
            for (int k = 0; k < t.size(); k++) {
                put(moveVector[m], k, prim, im.sites.get(t.get(k)[0]), im.sites.get(t.get(k)[1]));
            }
            // Vacancies go from the sites an atom enters to the sites atoms leave empty.
            List<String> fin = spec.finalOccupants();
            List<Integer> sources = new ArrayList<>();
            List<Integer> sinks = new ArrayList<>();
            for (int s = 0; s < spec.sites().size(); s++) {
                boolean wasVa = Site.VACANCY.equals(spec.initial().get(s));
                boolean isVa = Site.VACANCY.equals(fin.get(s));
                if (wasVa && !isVa) {
                    sources.add(s);
                } else if (!wasVa && isVa) {
                    sinks.add(s);
                }
            }
            int vm = Math.min(sources.size(), sinks.size());
            vacancyFrom[m] = new int[vm];
            vacancyTo[m] = new int[vm];
            vacancyVector[m] = new double[3 * vm];
            for (int k = 0; k < vm; k++) {
                vacancyFrom[m][k] = sources.get(k);
                vacancyTo[m][k] = sinks.get(k);
                put(vacancyVector[m], k, prim, im.sites.get(sources.get(k)), im.sites.get(sinks.get(k)));
            }
        }
        this.maxSites = max;
        // Local cluster expansions of E_KRA, one per prototype that has one.
        org.sublattice.crystal.LocalExpansion[] expansions = new org.sublattice.crystal.LocalExpansion[specs.size()];
        for (int p = 0; p < specs.size(); p++) {
            var lk = specs.get(p).localKra();
            if (lk.isPresent()) {
                var space = new org.sublattice.crystal.LocalClusterSpace(group, specs.get(p).sites(), lk.get().cutoffRadius(),
                        lk.get().maxLengths());
                double[] eci = new double[org.sublattice.crystal.LocalExpansion.functionCount(space)];
                for (var x : lk.get().eci().entrySet()) {
                    if (x.getKey() < 0 || x.getKey() >= eci.length) {
                        throw new org.sublattice.api.InvalidInputException("event " + specs.get(p).name() + ": local E_KRA function "
                                + x.getKey() + " does not exist; the expansion has functions 0.." + (eci.length - 1));
                    }
                    eci[x.getKey()] = x.getValue();
                }
                expansions[p] = new org.sublattice.crystal.LocalExpansion(space, org.sublattice.crystal.SiteBasis.occupation(prim), eci);
            }
        }
        this.localKra = new org.sublattice.crystal.LocalExpansion.Placement[count];
        int e = 0;
        int q = 0;
        for (int l = 0; l < volume; l++) {
            int[] t = sc.translation(l);
            for (int m = 0; m < n; m++) {
                Image im = images.get(m);
                EventSpec spec = specs.get(im.prototype);
                List<String> fin = spec.finalOccupants();
                evStart[e] = q;
                evImage[e] = m;
                if (expansions[im.prototype] != null) {
                    localKra[e] = expansions[im.prototype].place(sc, im.op, im.shift[0] + t[0], im.shift[1] + t[1], im.shift[2] + t[2]);
                }
                for (int s = 0; s < im.sites.size(); s++) {
                    SiteCoord c = im.sites.get(s);
                    int idx = sc.index(c.b(), c.i() + t[0], c.j() + t[1], c.k() + t[2]);
                    Site site = prim.basis().get(c.b());
                    evSites[q] = idx;
                    evInitial[q] = (byte) site.indexOf(spec.initial().get(s));
                    evFinal[q] = (byte) site.indexOf(fin.get(s));
                    q++;
                }
                e++;
            }
        }
        evStart[count] = q;
        int[] per = new int[sc.size() + 1];
        for (int x = 0; x < q; x++) {
            per[evSites[x] + 1]++;
        }
        for (int s = 0; s < sc.size(); s++) {
            per[s + 1] += per[s];
        }
        this.siteEventStart = per.clone();
        this.siteEvents = new int[q];
        int[] fill = per.clone();
        for (int ev = 0; ev < count; ev++) {
            for (int x = evStart[ev]; x < evStart[ev + 1]; x++) {
                siteEvents[fill[evSites[x]]++] = ev;
            }
        }
        if (Double.isInfinite(range)) {
            this.nearby = null;
            this.nearbyWidth = 0;
        } else {
            List<Neighbour> ns = new ArrayList<>();
            for (int b = 0; b < prim.size(); b++) {
                ns.add(new Neighbour(b, b, 0, 0, 0, 0));
            }
            if (range > 0) {
                ns.addAll(prim.neighbours(range + 1e-6));
            }
            Supercell.NeighbourTable table = sc.neighbourTable(ns);
            this.nearby = table.table();
            this.nearbyWidth = table.width();
        }
    }

    private static void put(double[] v, int k, Prim prim, SiteCoord from, SiteCoord to) {
        Vec3 d = prim.position(to.b(), to.i(), to.j(), to.k()).minus(prim.position(from.b(), from.i(), from.j(), from.k()));
        v[3 * k] = d.x();
        v[3 * k + 1] = d.y();
        v[3 * k + 2] = d.z();
    }

    private static String key(List<SiteCoord> sites, EventSpec spec) {
        List<String> parts = new ArrayList<>();
        List<String> fin = spec.finalOccupants();
        for (int s = 0; s < sites.size(); s++) {
            parts.add(sites.get(s) + spec.initial().get(s) + ">" + fin.get(s));
        }
        for (int[] t : spec.trajectories()) {
            parts.add(sites.get(t[0]) + "->" + sites.get(t[1]));
        }
        parts.sort(null);
        // Sites are anchored on the first (moving) site, so equal keys mean equal events.
        return String.join("|", parts).replace(" ", "");
    }

    /** Symmetry images of the prototype events per prim cell. */
    int imagesPerCell() {
        return kra.length;
    }

    private record Image(int prototype, List<SiteCoord> sites, int op, int[] shift) {
    }
}
