package org.sublattice.plugin.strainpath;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.crystal.Vec3;
import org.sublattice.crystal.FactorGroup;
import org.sublattice.crystal.SpaceGroupInfo;

/**
 * Names a structure by its symmetry: the primitive cell (pure translations that map every atom
 * onto one of the same species), a reduced basis of it, the factor group and lattice system of
 * that cell ({@link FactorGroup}, {@link SpaceGroupInfo}), and the same for the parent lattice
 * (all species alike). A table of fingerprints (parent, composition, atoms per primitive cell,
 * point-group order, lattice system and centring) gives the common names of the end points of the
 * Bain and Burgers paths: FCC, L1₀, L1₂, D0₂₂, the UPb-type ordering, HCP, B19, D0₁₉ and the BCC
 * orderings they start from.
 */
final class Symmetry {
    /** Tolerance on atom positions, Å. */
    static final double TOLERANCE = 1e-3;
    private static final double IDEAL_C_OVER_A = Math.sqrt(8.0 / 3);

    private Symmetry() {
    }

    /**
     * What a structure is.
     *
     * @param name common name, or a description when none applies
     * @param operations factor-group size of the primitive cell (the point-group order)
     * @param atoms atoms per primitive cell
     * @param lattice lattice system and centring, e.g. "tetragonal I"
     * @param parent the parent lattice with species ignored: FCC, BCC, HCP, SC or a description
     * @param cOverA c/a of a hexagonal or tetragonal parent (NaN otherwise)
     */
    record Identity(String name, int operations, int atoms, String lattice, String parent, double cOverA) {
        @Override
        public String toString() {
            return name + " (point group of order " + operations + ", " + atoms + (atoms == 1 ? " atom" : " atoms")
                    + " per primitive cell, " + lattice + (Double.isNaN(cOverA) ? "" : String.format(java.util.Locale.ROOT,
                    ", parent c/a = %.4f", cOverA)) + ")";
        }
    }

    static Identity identify(Structure s) {
        Fingerprint own = fingerprint(s);
        List<Structure.Atom> alike = s.atoms().stream().map(a -> new Structure.Atom("X", a.position())).toList();
        Fingerprint par = fingerprint(new Structure(s.title(), s.cell(), alike));
        double cOverA = Double.NaN;
        String parent;
        if (par.atoms == 1 && par.operations == 48) {
            parent = switch (par.info.centring()) {
                case "F" -> "FCC";
                case "I" -> "BCC";
                default -> "SC";
            };
        } else if (par.atoms == 2 && par.operations == 24 && par.info.latticeSystem().equals("hexagonal")) {
            cOverA = hexagonalCOverA(par.cell);
            parent = Math.abs(cOverA - IDEAL_C_OVER_A) < 1e-3 * IDEAL_C_OVER_A ? "HCP" : "hexagonal close-packed-like";
        } else {
            parent = par.info.latticeSystem() + " " + par.info.centring() + " (" + par.atoms + " per cell)";
        }
        String formula = formula(own.counts);
        String name = name(parent, formula, own);
        if (name == null) {
            name = (parent.contains(" ") ? "" : parent + "-based ") + formula + " " + own.info.latticeSystem() + " " + own.info.centring();
        }
        return new Identity(name, own.operations, own.atoms, own.info.latticeSystem() + " " + own.info.centring(), parent, cOverA);
    }

    private static String name(String parent, String formula, Fingerprint f) {
        String lat = f.info.latticeSystem() + " " + f.info.centring();
        int ops = f.operations;
        int n = f.atoms;
        return switch (parent) {
            case "FCC" -> switch (formula) {
                case "A" -> "FCC (A1)";
                case "AB" -> n == 2 && ops == 16 ? "L1_0" : n == 2 && ops == 12 ? "L1_1" : n == 4 && ops == 16 && lat.equals("tetragonal I")
                        ? "UPb-type" : null;
                case "A3B" -> n == 4 && ops == 48 ? "L1_2" : n == 4 && ops == 16 && lat.equals("tetragonal I") ? "D0_22" : null;
                default -> null;
            };
            case "BCC" -> switch (formula) {
                case "A" -> "BCC (A2)";
                case "AB" -> n == 2 && ops == 48 ? "B2" : n == 4 && ops == 48 ? "B32" : null;
                case "A3B" -> n == 4 && ops == 48 ? "D0_3" : null;
                default -> null;
            };
            case "HCP" -> switch (formula) {
                case "A" -> "HCP (A3)";
                case "AB" -> n == 4 && ops == 8 && lat.startsWith("orthorhombic") ? "B19" : null;
                case "A3B" -> n == 8 && ops == 24 ? "D0_19" : null;
                default -> null;
            };
            default -> null;
        };
    }

    /** "A", "AB", "A3B", … from species counts: reduced by their gcd, larger counts first. */
    static String formula(Map<String, Integer> counts) {
        int g = 0;
        for (int c : counts.values()) {
            g = gcd(g, c);
        }
        List<Integer> reduced = new ArrayList<>();
        for (int c : counts.values()) {
            reduced.add(c / g);
        }
        reduced.sort(Comparator.reverseOrder());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < reduced.size(); i++) {
            sb.append((char) ('A' + i));
            if (reduced.get(i) != 1) {
                sb.append(reduced.get(i));
            }
        }
        // Written as A3B rather than A3B1: the larger count first.
        return sb.toString();
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private record Fingerprint(int operations, int atoms, SpaceGroupInfo info, Cell cell, Map<String, Integer> counts) {
    }

    private static Fingerprint fingerprint(Structure s) {
        Structure p = primitive(s);
        List<Site> sites = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (Structure.Atom a : p.atoms()) {
            sites.add(new Site(a.species(), a.position(), List.of(a.species()), a.species()));
            counts.merge(a.species(), 1, Integer::sum);
        }
        FactorGroup g = FactorGroup.of(new Prim(s.title().isEmpty() ? "structure" : s.title(), p.cell(), sites), TOLERANCE);
        return new Fingerprint(g.size(), p.atoms().size(), SpaceGroupInfo.of(g), p.cell(), counts);
    }

    private static double hexagonalCOverA(Cell c) {
        Vec3[] v = {c.a(), c.b(), c.c()};
        for (int i = 0; i < 3; i++) {
            Vec3 x = v[i];
            Vec3 y = v[(i + 1) % 3];
            Vec3 z = v[(i + 2) % 3];
            if (Math.abs(x.dot(y)) < 1e-6 * x.norm() * y.norm() && Math.abs(x.dot(z)) < 1e-6 * x.norm() * z.norm()) {
                return x.norm() / y.norm();
            }
        }
        return Double.NaN;
    }

    /** The primitive cell of a structure, with a reduced basis; the structure itself if already primitive and reduced. */
    static Structure primitive(Structure s) {
        Cell cell = s.cell();
        List<Structure.Atom> atoms = s.atoms();
        Map<String, Integer> counts = new TreeMap<>();
        for (Structure.Atom a : atoms) {
            counts.merge(a.species(), 1, Integer::sum);
        }
        String anchor = counts.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Vec3 f0 = atoms.stream().filter(a -> a.species().equals(anchor)).findFirst().orElseThrow().position();
        List<Vec3> translations = new ArrayList<>();
        for (Structure.Atom a : atoms) {
            if (a.species().equals(anchor)) {
                Vec3 t = wrap(a.position().minus(f0));
                if (mapsOntoItself(s, t)) {
                    translations.add(t);
                }
            }
        }
        int nt = translations.size();
        double primitiveVolume = Math.abs(cell.volume()) / nt;
        List<Vec3> candidates = new ArrayList<>();
        for (Vec3 t : translations) {
            for (int i = -1; i <= 1; i++) {
                for (int j = -1; j <= 1; j++) {
                    for (int k = -1; k <= 1; k++) {
                        Vec3 r = cell.toCartesian(t.plus(new Vec3(i, j, k)));
                        if (r.norm() > TOLERANCE) {
                            candidates.add(r);
                        }
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Vec3::norm));
        Vec3[] basis = basis(candidates, primitiveVolume);
        reduce(basis);
        Cell p = new Cell(basis[0], basis[1], basis[2]);
        List<Structure.Atom> out = new ArrayList<>();
        for (Structure.Atom a : atoms) {
            Vec3 f = wrap(p.toFractional(cell.toCartesian(a.position())));
            boolean seen = false;
            for (Structure.Atom b : out) {
                if (periodicDistance(p, f, b.position()) < TOLERANCE) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                out.add(new Structure.Atom(a.species(), f));
            }
        }
        return new Structure(s.title(), p, out);
    }

    private static Vec3[] basis(List<Vec3> candidates, double volume) {
        int m = Math.min(candidates.size(), 80);
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                Vec3 ab = candidates.get(i).cross(candidates.get(j));
                if (ab.norm() < 1e-6 * candidates.get(i).norm() * candidates.get(j).norm()) {
                    continue;
                }
                for (int k = j + 1; k < m; k++) {
                    double v = Math.abs(ab.dot(candidates.get(k)));
                    if (Math.abs(v - volume) < 1e-6 * volume) {
                        return new Vec3[] {candidates.get(i), candidates.get(j), candidates.get(k)};
                    }
                }
            }
        }
        throw new IllegalStateException("no primitive basis of volume " + volume + " among the shortest translations");
    }

    /** Greedy reduction: replace a vector by its sum or difference with another while that is shorter. */
    private static void reduce(Vec3[] v) {
        boolean changed = true;
        for (int round = 0; changed && round < 100; round++) {
            changed = false;
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    if (i == j) {
                        continue;
                    }
                    for (int sign = -1; sign <= 1; sign += 2) {
                        Vec3 w = v[i].plus(v[j].times(sign));
                        if (w.norm() < v[i].norm() - 1e-9 * v[i].norm()) {
                            v[i] = w;
                            changed = true;
                        }
                    }
                }
            }
            for (int si = -1; si <= 1; si += 2) {
                for (int sj = -1; sj <= 1; sj += 2) {
                    for (int t = 0; t < 3; t++) {
                        Vec3 w = v[t].plus(v[(t + 1) % 3].times(si)).plus(v[(t + 2) % 3].times(sj));
                        if (w.norm() < v[t].norm() - 1e-9 * v[t].norm()) {
                            v[t] = w;
                            changed = true;
                        }
                    }
                }
            }
        }
        java.util.Arrays.sort(v, Comparator.comparingDouble(Vec3::norm));
    }

    private static boolean mapsOntoItself(Structure s, Vec3 t) {
        Cell cell = s.cell();
        for (Structure.Atom a : s.atoms()) {
            Vec3 f = a.position().plus(t);
            boolean found = false;
            for (Structure.Atom b : s.atoms()) {
                if (b.species().equals(a.species()) && periodicDistance(cell, f, b.position()) < TOLERANCE) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static double periodicDistance(Cell cell, Vec3 f, Vec3 g) {
        Vec3 d = f.minus(g);
        Vec3 w = new Vec3(d.x() - Math.rint(d.x()), d.y() - Math.rint(d.y()), d.z() - Math.rint(d.z()));
        double best = Double.MAX_VALUE;
        for (int i = -1; i <= 1; i++) {
            for (int j = -1; j <= 1; j++) {
                for (int k = -1; k <= 1; k++) {
                    best = Math.min(best, cell.toCartesian(w.plus(new Vec3(i, j, k))).norm());
                }
            }
        }
        return best;
    }

    private static Vec3 wrap(Vec3 f) {
        return new Vec3(frac(f.x()), frac(f.y()), frac(f.z()));
    }

    private static double frac(double x) {
        double w = x - Math.floor(x);
        return w >= 1 - 1e-9 ? 0 : w;
    }
}
