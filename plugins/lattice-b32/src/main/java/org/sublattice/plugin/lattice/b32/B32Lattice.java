package org.sublattice.plugin.lattice.b32;

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
 * B32 (NaTl type, Fd-3m, origin choice 1), an ordering of BCC in a 2×2×2 BCC cube of edge a: two
 * interpenetrating diamond sublattices, 8a at Cartesian/a (0,0,0), (¼,¼,¼) and 8b at (½,½,½),
 * (¾,¾,¾), in the FCC primitive cell a/2·(0,1,1), (1,0,1), (1,1,0). Every site has 8 nearest
 * neighbours at a√3/4, 4 on each sublattice.
 */
public final class B32Lattice {
    /** Sublattice labels: the Wyckoff positions of Fd-3m. */
    public static final List<String> LABELS = List.of("8a", "8b");

    private B32Lattice() {
    }

    /**
     * Parameters of {@code type: b32}.
     *
     * @param a conventional cubic lattice parameter (twice the BCC one), Å
     * @param species allowed occupants per sublattice, the first being the ideal occupant
     */
    public record Parameters(
            @Param(value = "conventional cubic lattice parameter (2 a_bcc)", unit = "Å", defaultValue = "6.37", min = 0, minExclusive = true)
            double a,
            @Param(value = "allowed occupants of the diamond sublattices 8a (Li) and 8b (M); the first is the ideal occupant",
                    defaultValue = "{8a: [Li], 8b: [Al]}")
            Map<String, List<String>> species) {
        public Parameters {
            Checks.positive(a, "lattice parameter a (Å)");
            species = SpeciesMap.check(species, LABELS);
        }
    }

    /** The lattice for the given parameters. */
    public static Lattice build(Parameters p) {
        List<Prims.Point> sites = List.of(new Prims.Point("8a", Vec3.ZERO), new Prims.Point("8b", new Vec3(0.5, 0.5, 0.5)),
                new Prims.Point("8a", new Vec3(0.25, 0.25, 0.25)), new Prims.Point("8b", new Vec3(0.75, 0.75, 0.75)));
        Prim prim = Prims.fromCubic("b32", Prims.fccPrimitive(p.a()), p.a(), sites, p.species());
        String formula = Prims.idealFormula(prim);
        prim = new Prim("B32 " + formula, prim.cell(), prim.basis());
        return new SimpleLattice(prim, new Lattice.Description("B32", "NaTl", 227, "B32 " + formula + ", a = " + p.a()
                + " Å, 8a " + p.species().get("8a") + ", 8b " + p.species().get("8b")));
    }

    /** Factory of {@code type: b32}. */
    public static final class Factory implements LatticeFactory<Parameters> {
        @Override
        public Class<Parameters> parameters() {
            return Parameters.class;
        }

        @Override
        public String summary() {
            return "B32 (NaTl, Fd-3m) ordering of BCC: two interpenetrating diamond sublattices 8a (0,0,0) and 8b (½,½,½)";
        }

        @Override
        public String example() {
            return """
                    lattice:
                      type: b32
                      a: 6.37
                      species: {8a: [Li, Va], 8b: [Al, Li]}
                    """;
        }

        @Override
        public Lattice create(Parameters p, BuildContext context) {
            try {
                return build(p);
            } catch (IllegalArgumentException e) {
                // Cell and overlap tolerances are absolute (Å³, Å): a tiny a can still fail them.
                throw new InvalidInputException("b32 lattice with a = " + p.a() + " Å: " + e.getMessage(), e);
            }
        }
    }
}
