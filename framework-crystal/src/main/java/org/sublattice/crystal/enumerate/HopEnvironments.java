package org.sublattice.crystal.enumerate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sublattice.api.Checks;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Neighbour;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.crystal.SiteCoord;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.crystal.Vec3;
import org.sublattice.crystal.FactorGroup;

/**
 * Symmetry-distinct hops in a background ordering and their distinct local environments, for NEB
 * calculations whose barriers go back into a kinetic Monte Carlo event catalog.
 *
 * <p>Symmetry: the operations (factor-group operation, lattice translation) that map the periodic
 * background onto itself. Two hop instances are the same hop when such an operation maps one onto
 * the other, or onto the other run backwards (the same NEB path read from its other end). The
 * symmetry of a hop is the subgroup fixing its set of sites with the occupants before and after
 * (possibly swapped). Environments — the background within the radius of the hop's sites with
 * some sites substituted — are enumerated as sets of (site, species) and kept when they are the
 * lexicographically smallest image under the hop's symmetry (orderly generation, as for
 * {@link OrderingEnumerator}); the orbit size is the environment's multiplicity. Stateless.
 */
public final class HopEnvironments {
    /**
     * A distinct hop in the background.
     *
     * @param name the hop's name
     * @param definition the prototype it comes from
     * @param sites its sites in the crystal (the representative instance)
     * @param symmetry operations mapping it onto itself, forwards or backwards
     * @param environmentSites sites within the radius
     * @param environments distinct environments enumerated
     */
    public record DistinctHop(String name, String definition, List<SiteCoord> sites, int symmetry, int environmentSites, int environments) {
        public DistinctHop {
            sites = List.copyOf(sites);
        }
    }

    /**
     * The outcome.
     *
     * @param hops the distinct hops, in prototype order
     * @param environments every environment, grouped by hop
     */
    public record Result(List<DistinctHop> hops, List<HopEnvironment> environments) {
        public Result {
            hops = List.copyOf(hops);
            environments = List.copyOf(environments);
        }
    }

    private HopEnvironments() {
    }

    /**
     * Enumerates distinct hops and environments.
     *
     * @param progress told after each distinct hop
     * @throws InvalidInputException if the NEB supercell is too small to hold an environment
     */
    public static Result enumerate(HopEnvironmentSpec spec, Progress progress) {
        Checks.notNull(spec, "spec");
        Checks.notNull(progress, "progress");
        Context ctx = new Context(spec);
        List<Instance> distinct = ctx.distinctHops();
        List<DistinctHop> hops = new ArrayList<>();
        List<HopEnvironment> envs = new ArrayList<>();
        Map<String, String> eventKeys = new HashMap<>();
        for (int h = 0; h < distinct.size(); h++) {
            Instance inst = distinct.get(h);
            List<HopEnvironment> found = ctx.environments(inst, eventKeys);
            envs.addAll(found);
            hops.add(new DistinctHop(inst.name, inst.def.name(), List.of(inst.sites), ctx.lastSymmetry, ctx.lastEnvSites, found.size()));
            progress.update(h + 1, distinct.size(), envs.size());
        }
        return new Result(hops, envs);
    }

    /**
     * The NEB end points and interpolated images of an environment in the spec's NEB supercell:
     * the background repeated, the environment's occupants, vacancies left out. Every structure
     * lists the same atoms in the same order; moving atoms go along straight lines from their
     * initial to their final sites (final positions may lie just outside [0, 1) so that each
     * path is continuous).
     *
     * @return initial state, {@code spec.images()} images, final state
     */
    public static List<Structure> path(HopEnvironmentSpec spec, HopEnvironment env) {
        Prim prim = spec.prim();
        Supercell neb = Supercell.of(prim, spec.nebSupercell());
        byte[] occ = tile(spec.background(), neb);
        int[] index = new int[env.sites().size()];
        for (int i = 0; i < index.length; i++) {
            SiteCoord c = env.sites().get(i);
            index[i] = neb.index(c.b(), c.i(), c.j(), c.k());
            occ[index[i]] = (byte) neb.site(index[i]).indexOf(env.initial().get(i));
        }
        Cell cell = neb.cell();
        Map<Integer, Vec3> displacement = new HashMap<>();
        for (int[] m : env.trajectories()) {
            SiteCoord from = env.sites().get(m[0]);
            SiteCoord to = env.sites().get(m[1]);
            Vec3 d = prim.position(to.b(), to.i(), to.j(), to.k()).minus(prim.position(from.b(), from.i(), from.j(), from.k()));
            displacement.put(index[m[0]], cell.toFractional(d));
        }
        List<String> species = new ArrayList<>();
        List<Vec3> start = new ArrayList<>();
        List<Vec3> shift = new ArrayList<>();
        for (int s = 0; s < neb.size(); s++) {
            String sp = neb.site(s).occupants().get(occ[s]);
            if (Site.VACANCY.equals(sp)) {
                continue;
            }
            Vec3 f = cell.toFractional(neb.position(s));
            species.add(sp);
            start.add(new Vec3(wrap(f.x()), wrap(f.y()), wrap(f.z())));
            shift.add(displacement.getOrDefault(s, Vec3.ZERO));
        }
        int steps = spec.images() + 1;
        List<Structure> out = new ArrayList<>();
        for (int k = 0; k <= steps; k++) {
            List<Structure.Atom> atoms = new ArrayList<>();
            for (int a = 0; a < species.size(); a++) {
                atoms.add(new Structure.Atom(species.get(a), start.get(a).plus(shift.get(a).times((double) k / steps))));
            }
            String what = k == 0 ? "initial" : k == steps ? "final" : "image " + k + " of " + spec.images();
            out.add(new Structure(env.id() + " " + what, cell, atoms));
        }
        return out;
    }

    private static double wrap(double x) {
        double w = x - Math.floor(x);
        return w >= 1 - 1e-12 ? 0 : w;
    }

    /** The background ordering repeated over a supercell whose lattice is a sublattice of the background's. */
    static byte[] tile(Configuration background, Supercell target) {
        Supercell bg = background.supercell();
        byte[] occ = new byte[target.size()];
        for (int s = 0; s < target.size(); s++) {
            int[] t = target.translation(s);
            occ[s] = background.occupation()[bg.index(target.basis(s), t[0], t[1], t[2])];
        }
        return occ;
    }

    /** A hop instance: a prototype's sites placed in the crystal. */
    private static final class Instance {
        final HopDefinition def;
        final SiteCoord[] sites;
        String name;

        Instance(HopDefinition def, SiteCoord[] sites) {
            this.def = def;
            this.sites = sites;
        }
    }

    /** Where {@link Context#key} places a pattern: up to the background's period, with its smallest site at the origin, or as it is. */
    private enum Frame {
        PERIODIC, ORIGIN, EXACT
    }

    /** One symmetry of a hop: operation, translation, and whether it runs the hop backwards. */
    private record Op(int op, int di, int dj, int dk, boolean reverse) {
    }

    private static final class Context {
        final HopEnvironmentSpec spec;
        final Prim prim;
        final FactorGroup fg;
        final Supercell bg;
        final byte[] bgOcc;
        /** member[op·V + l]: operation op followed by translation l of the background cell is a symmetry of the background. */
        final boolean[] member;
        final List<Neighbour> neighbours;
        final Supercell neb;
        final List<String> species;
        int lastSymmetry;
        int lastEnvSites;
        int envCounter;

        Context(HopEnvironmentSpec spec) {
            this.spec = spec;
            this.prim = spec.prim();
            this.fg = FactorGroup.of(prim);
            this.bg = spec.background().supercell();
            this.bgOcc = spec.background().occupation();
            this.neighbours = prim.neighbours(spec.radius());
            this.neb = Supercell.of(prim, spec.nebSupercell());
            this.species = prim.species();
            int v = bg.volume();
            this.member = new boolean[fg.size() * v];
            for (int op = 0; op < fg.size(); op++) {
                for (int l = 0; l < v; l++) {
                    int[] t = bg.translation(l);
                    boolean ok = true;
                    for (int s = 0; s < bg.size() && ok; s++) {
                        int[] c = bg.translation(s);
                        SiteCoord img = fg.apply(op, new SiteCoord(bg.basis(s), c[0], c[1], c[2]));
                        ok = bgOcc[bg.index(img.b(), img.i() + t[0], img.j() + t[1], img.k() + t[2])] == bgOcc[s];
                    }
                    member[op * v + l] = ok;
                }
            }
        }

        boolean isSymmetry(int op, int di, int dj, int dk) {
            return member[op * bg.volume() + bg.cell(bg.index(0, di, dj, dk))];
        }

        /** Hop instances up to background symmetry and reversal, in prototype order. */
        List<Instance> distinctHops() {
            Set<String> seen = new HashSet<>();
            List<Instance> out = new ArrayList<>();
            for (HopDefinition def : spec.hops()) {
                List<String> fin = def.finalOccupants();
                int k = 0;
                List<Instance> mine = new ArrayList<>();
                for (int op = 0; op < fg.size(); op++) {
                    for (int l = 0; l < bg.volume(); l++) {
                        int[] t = bg.translation(l);
                        SiteCoord[] s = map(def.sites().toArray(SiteCoord[]::new), op, 0, 0, 0);
                        s = translate(s, t[0] - s[0].i(), t[1] - s[0].j(), t[2] - s[0].k());
                        if (seen.contains(key(s, def.initial(), fin, def.trajectories(), false, Frame.PERIODIC))) {
                            continue;
                        }
                        Instance inst = new Instance(def, s);
                        mine.add(inst);
                        for (int o = 0; o < fg.size(); o++) {
                            for (int m = 0; m < bg.volume(); m++) {
                                int[] u = bg.translation(m);
                                if (!member[o * bg.volume() + m]) {
                                    continue;
                                }
                                SiteCoord[] img = map(s, o, u[0], u[1], u[2]);
                                seen.add(key(img, def.initial(), fin, def.trajectories(), false, Frame.PERIODIC));
                                seen.add(key(img, def.initial(), fin, def.trajectories(), true, Frame.PERIODIC));
                            }
                        }
                    }
                }
                for (Instance inst : mine) {
                    inst.name = mine.size() == 1 ? def.name() : def.name() + "-" + (++k);
                }
                out.addAll(mine);
            }
            return out;
        }

        SiteCoord[] map(SiteCoord[] s, int op, int di, int dj, int dk) {
            SiteCoord[] out = new SiteCoord[s.length];
            for (int i = 0; i < s.length; i++) {
                out[i] = fg.apply(op, s[i]).translate(di, dj, dk);
            }
            return out;
        }

        static SiteCoord[] translate(SiteCoord[] s, int di, int dj, int dk) {
            SiteCoord[] out = new SiteCoord[s.length];
            for (int i = 0; i < s.length; i++) {
                out[i] = s[i].translate(di, dj, dk);
            }
            return out;
        }

        /**
         * An order-independent key of an event pattern: the sorted (site, before, after)
         * entries and the sorted moves, run backwards when asked, placed as {@code frame} says.
         */
        String key(SiteCoord[] sites, List<String> before, List<String> after, List<int[]> moves, boolean reverse, Frame frame) {
            List<String> b = reverse ? after : before;
            List<String> a = reverse ? before : after;
            SiteCoord min = sites[0];
            for (SiteCoord s : sites) {
                if (s.compareTo(min) < 0) {
                    min = s;
                }
            }
            int[] target = switch (frame) {
                case PERIODIC -> bg.translation(bg.index(min.b(), min.i(), min.j(), min.k()));
                case ORIGIN -> new int[] {0, 0, 0};
                case EXACT -> new int[] {min.i(), min.j(), min.k()};
            };
            int di = target[0] - min.i();
            int dj = target[1] - min.j();
            int dk = target[2] - min.k();
            TreeSet<String> entries = new TreeSet<>();
            for (int i = 0; i < sites.length; i++) {
                entries.add(sites[i].translate(di, dj, dk) + b.get(i) + ">" + a.get(i));
            }
            TreeSet<String> m = new TreeSet<>();
            for (int[] mv : moves) {
                int from = reverse ? mv[1] : mv[0];
                int to = reverse ? mv[0] : mv[1];
                m.add(sites[from].translate(di, dj, dk) + "->" + sites[to].translate(di, dj, dk));
            }
            return entries + "|" + m;
        }

        /** The key under the whole factor group (smallest over operations): equal keys = same catalog event. */
        String eventKey(SiteCoord[] sites, List<String> before, List<String> after, List<int[]> moves, boolean reverse) {
            String best = null;
            for (int op = 0; op < fg.size(); op++) {
                String k = key(map(sites, op, 0, 0, 0), before, after, moves, reverse, Frame.ORIGIN);
                if (best == null || k.compareTo(best) < 0) {
                    best = k;
                }
            }
            return best;
        }

        /** The operations fixing the instance (forwards or backwards), exactly, not only up to the background period. */
        List<Op> symmetry(Instance inst) {
            List<String> fin = inst.def.finalOccupants();
            List<int[]> moves = inst.def.trajectories();
            String forward = key(inst.sites, inst.def.initial(), fin, moves, false, Frame.EXACT);
            String backward = key(inst.sites, inst.def.initial(), fin, moves, true, Frame.EXACT);
            List<Op> out = new ArrayList<>();
            for (int op = 0; op < fg.size(); op++) {
                SiteCoord first = fg.apply(op, inst.sites[0]);
                Set<String> done = new HashSet<>();
                for (SiteCoord target : inst.sites) {
                    if (target.b() != first.b()) {
                        continue;
                    }
                    int di = target.i() - first.i();
                    int dj = target.j() - first.j();
                    int dk = target.k() - first.k();
                    if (!done.add(di + "," + dj + "," + dk) || !isSymmetry(op, di, dj, dk)) {
                        continue;
                    }
                    SiteCoord[] img = map(inst.sites, op, di, dj, dk);
                    String k = key(img, inst.def.initial(), fin, moves, false, Frame.EXACT);
                    if (k.equals(forward)) {
                        out.add(new Op(op, di, dj, dk, false));
                    } else if (k.equals(backward)) {
                        out.add(new Op(op, di, dj, dk, true));
                    }
                }
            }
            return out;
        }

        List<HopEnvironment> environments(Instance inst, Map<String, String> eventKeys) {
            envCounter = 0;
            List<Op> sym = symmetry(inst);
            // Environment sites: within the radius of some hop site, hop sites excluded.
            Set<SiteCoord> hopSites = new HashSet<>(Arrays.asList(inst.sites));
            TreeSet<SiteCoord> around = new TreeSet<>();
            for (SiteCoord h : inst.sites) {
                for (Neighbour n : neighbours) {
                    if (n.from() == h.b()) {
                        SiteCoord c = new SiteCoord(n.to(), h.i() + n.i(), h.j() + n.j(), h.k() + n.k());
                        if (!hopSites.contains(c)) {
                            around.add(c);
                        }
                    }
                }
            }
            List<SiteCoord> env = new ArrayList<>(around);
            Map<SiteCoord, Integer> envIndex = new HashMap<>();
            for (int e = 0; e < env.size(); e++) {
                envIndex.put(env.get(e), e);
            }
            checkFits(inst, env);
            int ne = env.size();
            // Permutation of the environment sites by each symmetry.
            int[][] perm = new int[sym.size()][ne];
            for (int g = 0; g < sym.size(); g++) {
                Op o = sym.get(g);
                for (int e = 0; e < ne; e++) {
                    SiteCoord img = fg.apply(o.op(), env.get(e)).translate(o.di(), o.dj(), o.dk());
                    Integer j = envIndex.get(img);
                    if (j == null) {
                        throw new IllegalStateException("symmetry " + o + " of hop " + inst.name + " maps environment site " + env.get(e)
                                + " outside the environment");
                    }
                    perm[g][e] = j;
                }
            }
            // Background occupant and substitution candidates (species indices) per environment site.
            String[] bgSpecies = new String[ne];
            int[][] options = new int[ne][];
            for (int e = 0; e < ne; e++) {
                SiteCoord c = env.get(e);
                Site site = prim.basis().get(c.b());
                bgSpecies[e] = site.occupants().get(bgOcc[bg.index(c.b(), c.i(), c.j(), c.k())]);
                List<String> subs = spec.substitutions().getOrDefault(site.sublattice(), List.of());
                String here = bgSpecies[e];
                options[e] = subs.stream().filter(sp -> !sp.equals(here) && site.occupants().contains(sp))
                        .mapToInt(species::indexOf).toArray();
            }
            lastSymmetry = sym.size();
            lastEnvSites = ne;
            List<HopEnvironment> out = new ArrayList<>();
            int s = species.size();
            for (int d = spec.minDefects(); d <= spec.maxDefects(); d++) {
                int[] chosen = new int[d];
                int[] codes = new int[d];
                combos(d, 0, 0, chosen, options, () -> {
                    // every choice of species on the chosen sites
                    int[] pick = new int[chosen.length];
                    while (true) {
                        for (int i = 0; i < chosen.length; i++) {
                            codes[i] = chosen[i] * s + options[chosen[i]][pick[i]];
                        }
                        int stabilizer = canonicalStabilizer(codes, perm, s);
                        if (stabilizer > 0) {
                            out.add(environment(inst, env, bgSpecies, codes, s, sym.size() / stabilizer, eventKeys));
                        }
                        int i = chosen.length - 1;
                        while (i >= 0 && ++pick[i] == options[chosen[i]].length) {
                            pick[i] = 0;
                            i--;
                        }
                        if (i < 0) {
                            return;
                        }
                    }
                });
            }
            return out;
        }

        /** Calls {@code body} for every increasing choice of {@code d} environment sites that have substitution options. */
        private static void combos(int d, int depth, int from, int[] chosen, int[][] options, Runnable body) {
            if (depth == d) {
                body.run();
                return;
            }
            for (int e = from; e < options.length; e++) {
                if (options[e].length == 0) {
                    continue;
                }
                chosen[depth] = e;
                combos(d, depth + 1, e + 1, chosen, options, body);
            }
        }

        /** Elements fixing the defect set if it is the smallest of its orbit, else 0. */
        private static int canonicalStabilizer(int[] codes, int[][] perm, int s) {
            int[] img = new int[codes.length];
            int stabilizer = 0;
            for (int[] p : perm) {
                for (int i = 0; i < codes.length; i++) {
                    img[i] = p[codes[i] / s] * s + codes[i] % s;
                }
                Arrays.sort(img);
                int c = Arrays.compare(img, codes);
                if (c < 0) {
                    return 0;
                }
                if (c == 0) {
                    stabilizer++;
                }
            }
            return stabilizer;
        }

        private HopEnvironment environment(Instance inst, List<SiteCoord> env, String[] bgSpecies, int[] codes, int s, int multiplicity,
                Map<String, String> eventKeys) {
            String[] envSpecies = bgSpecies.clone();
            List<HopEnvironment.Defect> defects = new ArrayList<>();
            for (int c : codes) {
                envSpecies[c / s] = species.get(c % s);
                defects.add(new HopEnvironment.Defect(env.get(c / s), species.get(c % s)));
            }
            List<SiteCoord> sites = new ArrayList<>(Arrays.asList(inst.sites));
            sites.addAll(env);
            List<String> initial = new ArrayList<>(inst.def.initial());
            List<String> fin = new ArrayList<>(inst.def.finalOccupants());
            initial.addAll(Arrays.asList(envSpecies));
            fin.addAll(Arrays.asList(envSpecies));
            List<int[]> moves = inst.def.trajectories();
            SiteCoord[] all = sites.toArray(SiteCoord[]::new);
            String forward = eventKey(all, initial, fin, moves, false);
            String backward = eventKey(all, initial, fin, moves, true);
            String id = inst.name + "/" + String.format(java.util.Locale.ROOT, "%03d", ++envCounter);
            Optional<String> same = Optional.ofNullable(eventKeys.get(forward));
            if (same.isEmpty()) {
                eventKeys.put(forward, id);
                eventKeys.putIfAbsent(backward, id);
            }
            return new HopEnvironment(id, inst.name, sites, initial, fin, moves, defects, multiplicity, !forward.equals(backward), same);
        }

        /** Throws when two sites of the hop and its environment fall on one site of the NEB supercell. */
        private void checkFits(Instance inst, List<SiteCoord> env) {
            Map<Integer, SiteCoord> taken = new LinkedHashMap<>();
            List<SiteCoord> all = new ArrayList<>(Arrays.asList(inst.sites));
            all.addAll(env);
            for (SiteCoord c : all) {
                SiteCoord prev = taken.put(neb.index(c.b(), c.i(), c.j(), c.k()), c);
                if (prev != null) {
                    throw new InvalidInputException("NEB supercell " + Arrays.deepToString(spec.nebSupercell()) + " is too small for hop "
                            + inst.name + " with environment radius " + spec.radius() + " Å: sites " + prev + " and " + c
                            + " are the same site in it; use a larger supercell or a smaller radius");
                }
            }
        }
    }
}
