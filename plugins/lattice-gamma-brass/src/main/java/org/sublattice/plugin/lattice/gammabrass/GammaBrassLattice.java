package org.sublattice.plugin.lattice.gammabrass;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sublattice.api.BuildContext;
import org.sublattice.api.Checks;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.Lattice;
import org.sublattice.api.LatticeFactory;
import org.sublattice.api.Param;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Vec3;
import org.sublattice.crystal.lattice.Prims;
import org.sublattice.crystal.lattice.SimpleLattice;
import org.sublattice.crystal.lattice.SpeciesMap;

/**
 * γ-brass (D8₂, Cu₅Zn₈ type, I-43m): 52 atoms per cubic cell of edge a, 26 per body-centred
 * primitive cell a/2·(-1,1,1), (1,-1,1), (1,1,-1). Each lattice point carries a 26-atom cluster
 * around a structural vacancy: inner tetrahedron IT (8c, x,x,x), outer tetrahedron OT (8c, x,x,x),
 * octahedron OH (12e, x,0,0) and cuboctahedron CO (24g, x,x,z). With the ideal parameters the
 * sites are those of a 3×3×3 BCC supercell (a_bcc = a/3) without the two sites at (0,0,0) and
 * (½,½,½); the OH octahedron is then the second-neighbour shell of each structural vacancy.
 */
public final class GammaBrassLattice {
    /** Sublattice labels: the four Wyckoff orbits of the 26-atom cluster. */
    public static final List<String> LABELS = List.of("IT", "OT", "OH", "CO");
    /** Two sites closer than this fraction of a would be one site. */
    private static final double MIN_SEPARATION = 1e-3;

    private GammaBrassLattice() {
    }

    /**
     * Free coordinates of the four orbits in the I-43m setting with the structural vacancies at
     * (0,0,0) and (½,½,½): IT and OT at (x,x,x), OH at (x,0,0), CO at (x,x,z), in units of the
     * cubic a. Values x and z from other settings that give the same orbit are equivalent, e.g.
     * Gourdon's OH x = 0.64421 is (−0.35579, 0, 0) and CO (0.68844, 0.68844, 0.03674) is
     * (−x, −x, z) with x = 0.31156.
     *
     * @param it x of IT
     * @param ot x of OT
     * @param oh x of OH
     * @param coX x of CO
     * @param coZ z of CO
     */
    public record Wyckoff(
            @Param(value = "x of the inner tetrahedron IT (x,x,x), 8c; ideal 1/6", defaultValue = "0.16666666666666666", min = 0, max = 1,
                    maxExclusive = true) double it,
            @Param(value = "x of the outer tetrahedron OT (x,x,x), 8c; ideal 1/3", defaultValue = "0.3333333333333333", min = 0, max = 1,
                    maxExclusive = true) double ot,
            @Param(value = "x of the octahedron OH (x,0,0), 12e; ideal 1/3", defaultValue = "0.3333333333333333", min = 0, max = 1,
                    maxExclusive = true) double oh,
            @Param(value = "x of the cuboctahedron CO (x,x,z), 24g; ideal 1/3", defaultValue = "0.3333333333333333", min = 0, max = 1,
                    maxExclusive = true) double coX,
            @Param(value = "z of the cuboctahedron CO (x,x,z), 24g; ideal 0", defaultValue = "0", min = -0.5, max = 0.5) double coZ) {
        public Wyckoff {
            Checks.finite(it, "wyckoff.it");
            Checks.finite(ot, "wyckoff.ot");
            Checks.finite(oh, "wyckoff.oh");
            Checks.finite(coX, "wyckoff.co-x");
            Checks.finite(coZ, "wyckoff.co-z");
            // Fields are not assigned yet, so the message is built from the arguments.
            checkSeparation(sitesOf(it, ot, oh, coX, coZ), text(it, ot, oh, coX, coZ));
        }

        /** The ideal BCC positions: IT 1/6, OT 1/3, OH 1/3, CO (1/3, 0). */
        public static Wyckoff ideal() {
            return new Wyckoff(1.0 / 6, 1.0 / 3, 1.0 / 3, 1.0 / 3, 0);
        }

        /** Cu₅Zn₈ (Gourdon et al., Inorg. Chem. 46, 251 (2007)) in this setting. */
        public static Wyckoff cu5Zn8() {
            return new Wyckoff(0.10781, 0.32774, 0.35579, 0.31156, 0.03674);
        }

        /** The 52 sites of the cubic cell, in units of a, labelled by orbit (IT, OT, OH, CO). */
        public List<Prims.Point> cubicSites() {
            return sitesOf(it, ot, oh, coX, coZ);
        }

        @Override
        public String toString() {
            return text(it, ot, oh, coX, coZ);
        }

        private static String text(double it, double ot, double oh, double coX, double coZ) {
            return "{it: " + it + ", ot: " + ot + ", oh: " + oh + ", co-x: " + coX + ", co-z: " + coZ + "}";
        }
    }

    /**
     * Parameters of {@code type: gamma-brass}.
     *
     * @param a conventional cubic lattice parameter (3 a_bcc), Å
     * @param species allowed occupants per sublattice, the first being the ideal occupant
     * @param wyckoff free coordinates of the four orbits
     */
    public record Parameters(
            @Param(value = "conventional cubic lattice parameter (3 a_bcc)", unit = "Å", defaultValue = "8.866", min = 0, minExclusive = true)
            double a,
            @Param(value = "allowed occupants of IT, OT, OH and CO; the first is the ideal occupant (default γ3-Li8Ag5; "
                    + "γ1-Li11Ag2 has OH: [Li])", defaultValue = "{IT: [Li], OT: [Ag], OH: [Ag], CO: [Li]}")
            Map<String, List<String>> species,
            @Param(value = "free coordinates {it, ot, oh, co-x, co-z}; default the ideal BCC positions", defaultValue = "{}")
            Wyckoff wyckoff) {
        public Parameters {
            Checks.positive(a, "lattice parameter a (Å)");
            species = SpeciesMap.check(species, LABELS);
            Checks.notNull(wyckoff, "wyckoff");
        }
    }

    /** The lattice for the given parameters. */
    public static Lattice build(Parameters p) {
        Prim prim = Prims.fromCubic("gamma-brass", Prims.bccPrimitive(p.a()), p.a(), p.wyckoff().cubicSites(), p.species());
        String formula = Prims.idealFormula(prim);
        prim = new Prim("D8_2 " + formula, prim.cell(), prim.basis());
        return new SimpleLattice(prim, new Lattice.Description("D8_2", "Cu5Zn8", 217, "gamma-brass " + formula + ", a = " + p.a()
                + " Å, IT " + p.species().get("IT") + ", OT " + p.species().get("OT") + ", OH " + p.species().get("OH")
                + ", CO " + p.species().get("CO") + ", wyckoff " + p.wyckoff()));
    }

    /** The T_d orbit of each representative plus the body centring, in the order IT, OT, OH, CO. */
    private static List<Prims.Point> sitesOf(double it, double ot, double oh, double coX, double coZ) {
        List<Prims.Point> out = new ArrayList<>();
        orbit("IT", new Vec3(it, it, it), out);
        orbit("OT", new Vec3(ot, ot, ot), out);
        orbit("OH", new Vec3(oh, 0, 0), out);
        orbit("CO", new Vec3(coX, coX, coZ), out);
        return out;
    }

    /**
     * Adds the images of {@code p} under -43m (the signed permutations with an even number of sign
     * changes) and the I-centring translation, wrapped into [0, 1), each once.
     */
    private static void orbit(String label, Vec3 p, List<Prims.Point> out) {
        int[][] perms = {{0, 1, 2}, {1, 2, 0}, {2, 0, 1}, {1, 0, 2}, {0, 2, 1}, {2, 1, 0}};
        int start = out.size();
        for (double c : new double[] {0, 0.5}) {
            for (int[] perm : perms) {
                for (int signs : new int[] {0b000, 0b011, 0b101, 0b110}) {
                    double[] v = new double[3];
                    for (int i = 0; i < 3; i++) {
                        double s = (signs & (1 << i)) == 0 ? 1 : -1;
                        v[i] = wrap(s * p.get(perm[i]) + c);
                    }
                    Vec3 q = new Vec3(v[0], v[1], v[2]);
                    if (out.subList(start, out.size()).stream().noneMatch(o -> separation(o.position(), q) < 1e-9)) {
                        out.add(new Prims.Point(label, q));
                    }
                }
            }
        }
    }

    /** Every pair of the 52 sites must be distinct: orbits on special positions or on each other would lose sites. */
    private static void checkSeparation(List<Prims.Point> sites, String wyckoff) {
        int[] expected = {8, 8, 12, 24};
        for (int l = 0; l < LABELS.size(); l++) {
            String label = LABELS.get(l);
            long n = sites.stream().filter(s -> s.label().equals(label)).count();
            if (n != expected[l]) {
                throw new IllegalArgumentException("wyckoff " + wyckoff + " puts " + label + " on a special position: " + n
                        + " sites per cubic cell instead of " + expected[l]);
            }
        }
        for (int i = 0; i < sites.size(); i++) {
            for (int j = i + 1; j < sites.size(); j++) {
                double d = separation(sites.get(i).position(), sites.get(j).position());
                if (d < MIN_SEPARATION) {
                    throw new IllegalArgumentException("wyckoff " + wyckoff + " puts " + sites.get(i).label() + " " + sites.get(i).position()
                            + " and " + sites.get(j).label() + " " + sites.get(j).position() + " on top of each other");
                }
            }
        }
    }

    /** Periodic distance in units of the cubic a. */
    private static double separation(Vec3 p, Vec3 q) {
        Vec3 d = p.minus(q);
        return new Vec3(d.x() - Math.rint(d.x()), d.y() - Math.rint(d.y()), d.z() - Math.rint(d.z())).norm();
    }

    private static double wrap(double x) {
        double w = x - Math.floor(x);
        return w >= 1 - 1e-12 ? 0 : w;
    }

    /** Factory of {@code type: gamma-brass}. */
    public static final class Factory implements LatticeFactory<Parameters> {
        @Override
        public Class<Parameters> parameters() {
            return Parameters.class;
        }

        @Override
        public String summary() {
            return "gamma-brass (D8_2, Cu5Zn8, I-43m): 26-site clusters IT, OT, OH, CO on a BCC lattice (3x3x3 BCC minus 2 sites)";
        }

        @Override
        public String example() {
            return """
                    lattice:
                      type: gamma-brass
                      a: 9.6
                      species: {IT: [Li, Ag], OT: [Ag, Li], OH: [Ag, Li], CO: [Li, Ag]}
                      wyckoff: {it: 0.1078, ot: 0.3277, oh: 0.3558, co-x: 0.3116, co-z: 0.0367}
                    """;
        }

        @Override
        public Lattice create(Parameters p, BuildContext context) {
            try {
                return build(p);
            } catch (IllegalArgumentException e) {
                // Cell and overlap tolerances are absolute (Å³, Å): a tiny a can still fail them.
                throw new InvalidInputException("gamma-brass lattice with a = " + p.a() + " Å: " + e.getMessage(), e);
            }
        }
    }
}
