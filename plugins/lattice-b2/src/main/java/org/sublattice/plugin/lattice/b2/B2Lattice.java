package org.sublattice.plugin.lattice.b2;

import java.util.List;
import java.util.Map;
import org.sublattice.api.BuildContext;
import org.sublattice.api.Checks;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.Lattice;
import org.sublattice.api.LatticeFactory;
import org.sublattice.api.Param;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Vec3;
import org.sublattice.crystal.lattice.Prims;
import org.sublattice.crystal.lattice.SimpleLattice;
import org.sublattice.crystal.lattice.SpeciesMap;

/**
 * B2 (CsCl type, Pm-3m), the simplest ordering of BCC: simple cubic cell a with sublattice 1a at
 * (0,0,0) and 1b at (½,½,½); every site has its 8 nearest neighbours on the other sublattice.
 */
public final class B2Lattice {
    /** Sublattice labels: the Wyckoff positions of Pm-3m. */
    public static final List<String> LABELS = List.of("1a", "1b");

    private B2Lattice() {
    }

    /**
     * Parameters of {@code type: b2}.
     *
     * @param a cubic lattice parameter, Å
     * @param species allowed occupants per sublattice, the first being the ideal occupant
     */
    public record Parameters(
            @Param(value = "cubic lattice parameter", unit = "Å", defaultValue = "3.17", min = 0, minExclusive = true)
            double a,
            @Param(value = "allowed occupants of sublattices 1a (0,0,0) and 1b (½,½,½); the first is the ideal occupant",
                    defaultValue = "{1a: [Li], 1b: [Ag]}")
            Map<String, List<String>> species) {
        public Parameters {
            Checks.positive(a, "lattice parameter a (Å)");
            species = SpeciesMap.check(species, LABELS);
        }
    }

    /** The lattice for the given parameters. */
    public static Lattice build(Parameters p) {
        List<Prims.Point> sites = List.of(new Prims.Point("1a", Vec3.ZERO), new Prims.Point("1b", new Vec3(0.5, 0.5, 0.5)));
        Prim prim = Prims.fromFractional("b2", Cell.cubic(p.a()), sites, p.species());
        String formula = Prims.idealFormula(prim);
        prim = new Prim("B2 " + formula, prim.cell(), prim.basis());
        return new SimpleLattice(prim, new Lattice.Description("B2", "CsCl", 221,
                "B2 " + formula + ", a = " + p.a() + " Å, 1a " + p.species().get("1a") + ", 1b " + p.species().get("1b")));
    }

    /** Factory of {@code type: b2}. */
    public static final class Factory implements LatticeFactory<Parameters> {
        @Override
        public Class<Parameters> parameters() {
            return Parameters.class;
        }

        @Override
        public String summary() {
            return "B2 (CsCl, Pm-3m) ordering of BCC: sublattices 1a (0,0,0) and 1b (½,½,½)";
        }

        @Override
        public String example() {
            return """
                    lattice:
                      type: b2
                      a: 3.17
                      species: {1a: [Li, Ag, Va], 1b: [Ag, Li]}
                    """;
        }

        @Override
        public Lattice create(Parameters p, BuildContext context) {
            try {
                return build(p);
            } catch (IllegalArgumentException e) {
                // Cell and overlap tolerances are absolute (Å³, Å): a tiny a can still fail them.
                throw new InvalidInputException("b2 lattice with a = " + p.a() + " Å: " + e.getMessage(), e);
            }
        }
    }
}
