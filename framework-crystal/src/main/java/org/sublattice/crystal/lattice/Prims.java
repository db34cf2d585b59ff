package org.sublattice.crystal.lattice;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sublattice.api.Checks;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.crystal.Vec3;

/** Primitive cells of the common Bravais lattices and prims built from labelled positions. */
public final class Prims {
    /** Coordinates this close to an integer are taken as that integer (round-off of conversions). */
    private static final double SNAP = 1e-12;

    private Prims() {
    }

    /**
     * A basis point.
     *
     * @param label sublattice label, a key of the species map
     * @param position coordinates, in the units the building method states
     */
    public record Point(String label, Vec3 position) {
        public Point {
            Checks.notNull(label, "label");
            Checks.notNull(position, "position");
        }
    }

    /** FCC primitive vectors a/2·(0,1,1), (1,0,1), (1,1,0) for the conventional cubic {@code a}. */
    public static Cell fccPrimitive(double a) {
        double h = Checks.positive(a, "lattice parameter a") / 2;
        return new Cell(new Vec3(0, h, h), new Vec3(h, 0, h), new Vec3(h, h, 0));
    }

    /** BCC primitive vectors a/2·(-1,1,1), (1,-1,1), (1,1,-1) for the conventional cubic {@code a}. */
    public static Cell bccPrimitive(double a) {
        double h = Checks.positive(a, "lattice parameter a") / 2;
        return new Cell(new Vec3(-h, h, h), new Vec3(h, -h, h), new Vec3(h, h, -h));
    }

    /** Hexagonal cell a·(1,0,0), a·(-½,√3/2,0), c·(0,0,1): the 120° setting of VASP and pymatgen. */
    public static Cell hexagonal(double a, double c) {
        Checks.positive(a, "lattice parameter a");
        Checks.positive(c, "lattice parameter c");
        return new Cell(new Vec3(a, 0, 0), new Vec3(-a / 2, a * Math.sqrt(3) / 2, 0), new Vec3(0, 0, c));
    }

    /**
     * A prim from positions given in units of the conventional cubic lattice parameter (Cartesian
     * coordinates divided by {@code a}), converted to fractional coordinates of {@code primitive}
     * and wrapped into [0, 1). Points that coincide modulo a primitive translation and carry the
     * same label are kept once, so whole conventional-cell orbits (centring included) may be passed.
     *
     * @param species occupants per label, e.g. from {@link SpeciesMap#check}; the first is ideal
     */
    public static Prim fromCubic(String name, Cell primitive, double a, List<Point> points, Map<String, List<String>> species) {
        Checks.positive(a, "lattice parameter a");
        List<Point> fractional = new ArrayList<>();
        for (Point p : points) {
            fractional.add(new Point(p.label(), primitive.toFractional(p.position().times(a))));
        }
        return fromFractional(name, primitive, fractional, species);
    }

    /**
     * A prim from fractional positions in {@code cell}, wrapped into [0, 1); duplicates as in
     * {@link #fromCubic}.
     *
     * @throws IllegalArgumentException if a label has no species entry or two different sites overlap
     */
    public static Prim fromFractional(String name, Cell cell, List<Point> points, Map<String, List<String>> species) {
        List<Site> sites = new ArrayList<>();
        List<Point> kept = new ArrayList<>();
        for (Point p : points) {
            Vec3 f = wrap(p.position());
            boolean duplicate = kept.stream().anyMatch(k -> k.label().equals(p.label()) && periodicDifference(k.position(), f) < 1e-8);
            if (duplicate) {
                continue;
            }
            List<String> occupants = species.get(p.label());
            if (occupants == null) {
                throw new IllegalArgumentException("no species given for sublattice '" + p.label() + "'; labels with species: "
                        + species.keySet());
            }
            kept.add(new Point(p.label(), f));
            sites.add(new Site(p.label(), f, occupants, occupants.get(0)));
        }
        return new Prim(name, cell, sites);
    }

    /**
     * Reduced formula of the ideal ordering, species in basis order, vacancies left out: e.g.
     * {@code Li8Ag5} for γ3 (16 Li, 10 Ag per primitive cell), {@code Al} for FCC Al.
     */
    public static String idealFormula(Prim prim) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Site s : prim.basis()) {
            if (!Site.VACANCY.equals(s.ideal())) {
                counts.merge(s.ideal(), 1, Integer::sum);
            }
        }
        int g = 0;
        for (int n : counts.values()) {
            g = BigInteger.valueOf(g).gcd(BigInteger.valueOf(n)).intValue();
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int n = e.getValue() / g;
            out.append(e.getKey()).append(n == 1 ? "" : Integer.toString(n));
        }
        return out.length() == 0 ? Site.VACANCY : out.toString();
    }

    private static Vec3 wrap(Vec3 f) {
        return new Vec3(wrap(f.x()), wrap(f.y()), wrap(f.z()));
    }

    private static double wrap(double x) {
        double w = x - Math.floor(x);
        return Math.abs(w - Math.rint(w)) < SNAP ? 0 : w;
    }

    private static double periodicDifference(Vec3 p, Vec3 q) {
        Vec3 d = p.minus(q);
        return Math.max(Math.abs(d.x() - Math.rint(d.x())), Math.max(Math.abs(d.y() - Math.rint(d.y())), Math.abs(d.z() - Math.rint(d.z()))));
    }
}
