package org.sublattice.plugin.kmc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.crystal.Neighbour;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.crystal.SiteCoord;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.crystal.Vec3;
import org.sublattice.crystal.FactorGroup;
import org.sublattice.crystal.LocalClusterSpace;
import org.sublattice.crystal.LocalExpansion;
import org.sublattice.crystal.SiteBasis;

/**
 * An event catalog expanded by the factor group and laid over a supercell: every symmetry-distinct
 * image of every prototype event, at every translation of the supercell. Immutable; shared by
 * chains.
 *
 * <p>Event instances are numbered cell by cell, {@code e = l·n + m} for translation l and image m
 * (n images per cell), so everything that depends only on the image (occupants, moves, E_KRA,
 * ν*) is stored once per image. What depends on the translation (the sites of an event, the
 * events touching a site and their sites, the sites near a site) is computed by
 * {@link Supercell.Stencil}s in {@link #sites}, {@link #events} and {@link #nearby}: at 10⁶
 * sites, tables of these (hundreds of bytes per site) would not fit in any cache, and reading
 * them cost more than the arithmetic.
 *
 * <p>The events touching a site of basis b are listed in a fixed order, the (image, position)
 * pairs whose site has basis b ({@link #localIndex}). Each event also has an anchor, the site of
 * its first vacancy (of its first site when it moves no vacancy): a sampler keeps the state of
 * the available events in one group per anchor site ({@link #anchorIndex}), so that the events
 * around one vacancy share a group and a site needs one entry, not one per event touching it.
 */
final class EventSystem {
    final Supercell sc;
    /** Number of event instances, n·V. */
    final int count;
    /** Images per prim cell. */
    final int n;
    /** Prim cells of the supercell. */
    final int volume;
    final List<EventSpec> prototypes;
    /** Most sites of one event. */
    final int maxSites;

    // ---- per image m ----
    /** Number of sites. */
    final int[] imageSize;
    /** Required and resulting occupant index per position p. */
    final byte[][] initial;
    final byte[][] finalOcc;
    /** Positions whose occupant the event changes. */
    final int[][] changed;
    /** Basis site of each position. */
    final int[][] positionBasis;
    /** E_KRA (eV; the constant of a local expansion), ν* (Hz), prototype index. */
    final double[] kra;
    final double[] prefactor;
    final int[] imagePrototype;
    /** Whether E_KRA is a local cluster expansion (then see {@link #localKra}). */
    final boolean[] hasLocalKra;
    /**
     * Moving particles, atoms and vacancies alike: from position, to position, displacement
     * (Å, 3 per move) and species index (into the prim's species). Atoms move along their
     * trajectories; vacancies from the sites atoms enter to the sites atoms leave. On a valid
     * event (see {@link EventCatalog}) the moves permute the event's sites.
     */
    final int[][] moveFrom;
    final int[][] moveTo;
    final double[][] moveVector;
    final int[][] moveSpecies;
    /** Per image and position: index of this event in the site's list of events ({@link #events}). */
    final int[][] localIndex;
    /** Per image: its anchor, the position of its first vacancy (0 when it has none). */
    final int[] anchorPosition;
    /** Per image: its index among the events anchored at a site of its anchor's basis. */
    final int[] anchorIndex;
    /** Most events anchored at one site. */
    final int maxAnchoredPerSite;

    // ---- per basis b ----
    /** Number of events touching a site of basis b. */
    final int[] eventsPerSite;
    /** Most events touching one site. */
    final int maxEventsPerSite;

    // ---- over the supercell: arithmetic, no per-site or per-event tables ----
    /** Per image: its sites from its first site (the anchor, at translation l of the event). */
    private final Supercell.Stencil[] imageSites;
    /** Per image: offset of its anchor's basis block, a·V. */
    private final int[] anchorBase;
    /** Per basis and local index: the event's image, its anchor's basis block, and the site's position in the event. */
    final int[][] pairImage;
    private final int[][] pairAnchorBase;
    final int[][] pairPosition;
    /**
     * From a site, all sites of all events touching it: for local index j, the sites of that
     * event (in its order) start at {@code pairSitesStart[b][j]} of what {@link #events} writes.
     */
    private final Supercell.Stencil toEventSites;
    final int[][] pairSitesStart;
    /** Most entries {@link #events} writes for one site. */
    final int maxEventSitesPerSite;
    /**
     * Per image m, from its first site: the anchors of the events whose rates an event of image m
     * can change (those with a site within the interaction range of a site m changes), each
     * anchor once; null when rates depend on occupants everywhere.
     */
    private final Supercell.Stencil[] affected;
    /**
     * Per image and anchor of {@link #affected}: which of the anchor's events (bit j for anchored
     * index j) are among them; all bits when a site anchors more than 32 events.
     */
    final int[][] affectedEvents;
    /**
     * Per image and anchor of {@link #affected}: the occupants (bit o for occupant index o) that
     * the anchor holds in those events; an anchor holding none of them has no available event
     * among them, which the occupation (read anyway) tells without reading a sampler's state.
     */
    final int[][] affectedOccupants;
    final int affectedWidth;
    /** E_KRA of instances whose prototype has a local cluster expansion; null when no prototype has one. */
    final LocalExpansion.Placement[] localKra;

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
        this.volume = sc.volume();
        this.n = images.size();
        this.count = n * volume;
        List<String> species = prim.species();
        this.imageSize = new int[n];
        this.initial = new byte[n][];
        this.finalOcc = new byte[n][];
        this.changed = new int[n][];
        this.positionBasis = new int[n][];
        this.kra = new double[n];
        this.prefactor = new double[n];
        this.imagePrototype = new int[n];
        this.hasLocalKra = new boolean[n];
        this.moveFrom = new int[n][];
        this.moveTo = new int[n][];
        this.moveVector = new double[n][];
        this.moveSpecies = new int[n][];
        this.imageSites = new Supercell.Stencil[n];
        this.anchorBase = new int[n];
        int max = 0;
        for (int m = 0; m < n; m++) {
            Image im = images.get(m);
            EventSpec spec = specs.get(im.prototype);
            int k = im.sites.size();
            imageSize[m] = k;
            max = Math.max(max, k);
            int a = im.sites.get(0).b();
            anchorBase[m] = a * volume;
            List<Neighbour> rel = new ArrayList<>();
            for (SiteCoord c : im.sites) {
                rel.add(new Neighbour(a, c.b(), c.i(), c.j(), c.k(), 0));
            }
            imageSites[m] = sc.stencil(rel);
            kra[m] = spec.kra();
            prefactor[m] = spec.prefactor();
            imagePrototype[m] = im.prototype;
            hasLocalKra[m] = spec.localKra().isPresent();
            List<String> fin = spec.finalOccupants();
            initial[m] = new byte[k];
            finalOcc[m] = new byte[k];
            positionBasis[m] = new int[k];
            List<Integer> ch = new ArrayList<>();
            for (int s = 0; s < k; s++) {
                Site site = prim.basis().get(im.sites.get(s).b());
                positionBasis[m][s] = im.sites.get(s).b();
                initial[m][s] = (byte) site.indexOf(spec.initial().get(s));
                finalOcc[m][s] = (byte) site.indexOf(fin.get(s));
                if (initial[m][s] != finalOcc[m][s]) {
                    ch.add(s);
                }
            }
            changed[m] = ch.stream().mapToInt(Integer::intValue).toArray();
            // Atoms along their trajectories, then vacancies from the sites atoms entered (that
            // held a vacancy) to the sites atoms left (that end as a vacancy).
            List<int[]> moves = new ArrayList<>(spec.trajectories());
            List<Integer> sources = new ArrayList<>();
            List<Integer> sinks = new ArrayList<>();
            for (int s = 0; s < k; s++) {
                boolean wasVa = Site.VACANCY.equals(spec.initial().get(s));
                boolean isVa = Site.VACANCY.equals(fin.get(s));
                if (wasVa && !isVa) {
                    sources.add(s);
                } else if (!wasVa && isVa) {
                    sinks.add(s);
                }
            }
            for (int v = 0; v < Math.min(sources.size(), sinks.size()); v++) {
                moves.add(new int[] {sources.get(v), sinks.get(v)});
            }
            int nm = moves.size();
            moveFrom[m] = new int[nm];
            moveTo[m] = new int[nm];
            moveVector[m] = new double[3 * nm];
            moveSpecies[m] = new int[nm];
            for (int v = 0; v < nm; v++) {
                int[] mv = moves.get(v);
                moveFrom[m][v] = mv[0];
                moveTo[m][v] = mv[1];
                moveSpecies[m][v] = species.indexOf(spec.initial().get(mv[0]));
                put(moveVector[m], v, prim, im.sites.get(mv[0]), im.sites.get(mv[1]));
            }
        }
        this.maxSites = max;
        // Events touching a site of basis b: the (image, position) pairs whose site has basis b.
        int nb = prim.size();
        this.eventsPerSite = new int[nb];
        this.localIndex = new int[n][];
        List<List<int[]>> pairs = new ArrayList<>();
        for (int b = 0; b < nb; b++) {
            pairs.add(new ArrayList<>());
        }
        for (int m = 0; m < n; m++) {
            localIndex[m] = new int[imageSize[m]];
            for (int p = 0; p < imageSize[m]; p++) {
                int b = images.get(m).sites.get(p).b();
                localIndex[m][p] = pairs.get(b).size();
                pairs.get(b).add(new int[] {m, p});
            }
        }
        // Anchors: the first vacancy of each image, so that the events around a vacancy (the
        // usual case: hops into it) share one group.
        this.anchorPosition = new int[n];
        this.anchorIndex = new int[n];
        int[] anchored = new int[nb];
        for (int m = 0; m < n; m++) {
            List<String> init = specs.get(images.get(m).prototype).initial();
            int a = init.indexOf(Site.VACANCY);
            anchorPosition[m] = Math.max(a, 0);
            int b = images.get(m).sites.get(anchorPosition[m]).b();
            anchorIndex[m] = anchored[b]++;
        }
        int mostAnchored = 0;
        for (int b = 0; b < nb; b++) {
            mostAnchored = Math.max(mostAnchored, anchored[b]);
        }
        this.maxAnchoredPerSite = mostAnchored;
        int most = 0;
        this.pairImage = new int[nb][];
        this.pairAnchorBase = new int[nb][];
        this.pairPosition = new int[nb][];
        this.pairSitesStart = new int[nb][];
        List<Neighbour> eventSites = new ArrayList<>();
        int mostSites = 0;
        for (int b = 0; b < nb; b++) {
            List<int[]> list = pairs.get(b);
            eventsPerSite[b] = list.size();
            most = Math.max(most, list.size());
            pairImage[b] = new int[list.size()];
            pairAnchorBase[b] = new int[list.size()];
            pairPosition[b] = new int[list.size()];
            pairSitesStart[b] = new int[list.size()];
            int entries = 0;
            for (int j = 0; j < list.size(); j++) {
                int m = list.get(j)[0];
                SiteCoord c = images.get(m).sites.get(list.get(j)[1]);
                pairImage[b][j] = m;
                pairAnchorBase[b][j] = anchorBase[m];
                pairPosition[b][j] = list.get(j)[1];
                pairSitesStart[b][j] = entries;
                // the event's sites seen from this one
                for (SiteCoord x : images.get(m).sites) {
                    eventSites.add(new Neighbour(b, x.b(), x.i() - c.i(), x.j() - c.j(), x.k() - c.k(), 0));
                    entries++;
                }
            }
            mostSites = Math.max(mostSites, entries);
        }
        this.maxEventsPerSite = most;
        this.maxEventSitesPerSite = mostSites;
        this.toEventSites = sc.stencil(eventSites);
        // Local cluster expansions of E_KRA, one per prototype that has one.
        LocalExpansion[] expansions = new LocalExpansion[specs.size()];
        boolean anyLocal = false;
        for (int p = 0; p < specs.size(); p++) {
            var lk = specs.get(p).localKra();
            if (lk.isPresent()) {
                anyLocal = true;
                var space = new LocalClusterSpace(group, specs.get(p).sites(), lk.get().cutoffRadius(), lk.get().maxLengths());
                double[] eci = new double[LocalExpansion.functionCount(space)];
                for (var x : lk.get().eci().entrySet()) {
                    if (x.getKey() < 0 || x.getKey() >= eci.length) {
                        throw new InvalidInputException("event " + specs.get(p).name() + ": local E_KRA function "
                                + x.getKey() + " does not exist; the expansion has functions 0.." + (eci.length - 1));
                    }
                    eci[x.getKey()] = x.getValue();
                }
                expansions[p] = new LocalExpansion(space, SiteBasis.occupation(prim), eci);
            }
        }
        this.localKra = anyLocal ? new LocalExpansion.Placement[count] : null;
        if (anyLocal) {
            for (int l = 0; l < volume; l++) {
                int[] t = sc.translation(l);
                for (int m = 0; m < n; m++) {
                    Image im = images.get(m);
                    if (expansions[im.prototype] != null) {
                        localKra[l * n + m] = expansions[im.prototype].place(sc, im.op, im.shift[0] + t[0], im.shift[1] + t[1],
                                im.shift[2] + t[2]);
                    }
                }
            }
        }
        if (Double.isInfinite(range)) {
            this.affected = null;
            this.affectedEvents = null;
            this.affectedOccupants = null;
            this.affectedWidth = 0;
        } else {
            this.affected = new Supercell.Stencil[n];
            this.affectedEvents = new int[n][];
            this.affectedOccupants = new int[n][];
            List<Neighbour> near = new ArrayList<>();
            if (range > 0) {
                near.addAll(prim.neighbours(range + 1e-6));
            }
            int widest = 0;
            for (int m = 0; m < n; m++) {
                List<Neighbour> anchors = new ArrayList<>();
                List<Integer> masks = new ArrayList<>();
                List<Integer> occupants = new ArrayList<>();
                affectedAnchors(images, m, near, anchors, masks, occupants);
                affected[m] = sc.stencil(anchors);
                affectedEvents[m] = masks.stream().mapToInt(Integer::intValue).toArray();
                affectedOccupants[m] = occupants.stream().mapToInt(Integer::intValue).toArray();
                widest = Math.max(widest, anchors.size());
            }
            this.affectedWidth = widest;
        }
    }

    /**
     * The anchors, relative to the first site of image m, of the events with a site within the
     * range ({@code near}: the neighbour relations within it) of a site that m changes, that site
     * included; each anchor once, with a mask of its events that are among them.
     */
    private void affectedAnchors(List<Image> images, int m, List<Neighbour> near, List<Neighbour> anchors, List<Integer> masks,
            List<Integer> occupants) {
        Image event = images.get(m);
        int from = event.sites.get(0).b();
        java.util.Map<List<Integer>, Integer> index = new java.util.HashMap<>();
        for (int c : changed[m]) {
            SiteCoord x = event.sites.get(c);
            List<SiteCoord> sites = new ArrayList<>();
            sites.add(x);
            for (Neighbour r : near) {
                if (r.from() == x.b()) {
                    sites.add(new SiteCoord(r.to(), x.i() + r.i(), x.j() + r.j(), x.k() + r.k()));
                }
            }
            for (SiteCoord y : sites) {
                for (int m2 = 0; m2 < images.size(); m2++) {
                    Image other = images.get(m2);
                    SiteCoord anchor = other.sites.get(anchorPosition[m2]);
                    for (SiteCoord p : other.sites) {
                        if (p.b() != y.b()) {
                            continue;
                        }
                        // image m2 with position p on site y: its anchor
                        List<Integer> key = List.of(anchor.b(), y.i() + anchor.i() - p.i(), y.j() + anchor.j() - p.j(),
                                y.k() + anchor.k() - p.k());
                        Integer q = index.get(key);
                        if (q == null) {
                            q = anchors.size();
                            index.put(key, q);
                            anchors.add(new Neighbour(from, key.get(0), key.get(1), key.get(2), key.get(3), 0));
                            masks.add(0);
                            occupants.add(0);
                        }
                        int bit = maxAnchoredPerSite > 32 ? -1 : 1 << anchorIndex[m2];
                        masks.set(q, masks.get(q) | bit);
                        int o = initial[m2][anchorPosition[m2]];
                        occupants.set(q, occupants.get(q) | (o < 32 ? 1 << o : -1));
                    }
                }
            }
        }
    }

    /** Image of event e. */
    int image(int e) {
        return e % n;
    }

    /** Writes the sites of event e (in the order of its prototype) to {@code out}; returns how many. */
    int sites(int e, int[] out) {
        int l = e / n;
        int m = e - l * n;
        return imageSites[m].fill(anchorBase[m] + l, out);
    }

    /**
     * Writes the events touching {@code site} (local-index order) to {@code ids} and all their
     * sites to {@code sites} (event j's from {@code pairSitesStart[b][j]}); returns how many events.
     */
    int events(int site, int[] ids, int[] sites) {
        toEventSites.fill(site, sites);
        int b = site / volume;
        int[] image = pairImage[b];
        int[] base = pairAnchorBase[b];
        int[] start = pairSitesStart[b];
        int k = image.length;
        for (int j = 0; j < k; j++) {
            ids[j] = (sites[start[j]] - base[j]) * n + image[j];
        }
        return k;
    }

    /** Whether rates depend on occupants everywhere (no finite interaction range). */
    boolean global() {
        return affected == null;
    }

    /**
     * Writes the anchors of the events whose rates an event of image m on first site
     * {@code site} can change to {@code out} (their events: {@link #affectedEvents}); returns how
     * many. In supercells smaller than the range an anchor may appear more than once. Not for
     * {@link #global()} systems.
     */
    int affected(int m, int site, int[] out) {
        return affected[m].fill(site, out);
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
        return n;
    }

    private record Image(int prototype, List<SiteCoord> sites, int op, int[] shift) {
    }
}
