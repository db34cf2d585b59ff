package org.sublattice.plugin.lattice.bcc;

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
 * BCC (A2, W type, Im-3m): one site per primitive cell a/2·(-1,1,1), (1,-1,1), (1,1,-1), Wyckoff
 * 2a of the conventional cube.
 */
public final class BccLattice {
    /** Sublattice labels: the Wyckoff positions of Im-3m. */
    public static final List<String> LABELS = List.of("2a");

    private BccLattice() {
    }

    /**
     * Parameters of {@code type: bcc}.
     *
     * @param a conventional cubic lattice parameter, Å
     * @param species allowed occupants per sublattice, the first being the ideal occupant
     */
    public record Parameters(
            @Param(value = "conventional cubic lattice parameter", unit = "Å", defaultValue = "3.51", min = 0, minExclusive = true)
            double a,
            @Param(value = "allowed occupants of sublattice 2a; the first is the ideal occupant", defaultValue = "{2a: [Li]}")
            Map<String, List<String>> species) {
        public Parameters {
            Checks.positive(a, "lattice parameter a (Å)");
            species = SpeciesMap.check(species, LABELS);
        }
    }

    /** The lattice for the given parameters. */
    public static Lattice build(Parameters p) {
        Prim prim = Prims.fromCubic("bcc", Prims.bccPrimitive(p.a()), p.a(), List.of(new Prims.Point("2a", Vec3.ZERO)), p.species());
        String formula = Prims.idealFormula(prim);
        prim = new Prim("A2 " + formula, prim.cell(), prim.basis());
        return new SimpleLattice(prim, new Lattice.Description("A2", "W", 229,
                "BCC " + formula + ", a = " + p.a() + " Å, 2a " + p.species().get("2a")));
    }

    /** Factory of {@code type: bcc}. */
    public static final class Factory implements LatticeFactory<Parameters> {
        @Override
        public Class<Parameters> parameters() {
            return Parameters.class;
        }

        @Override
        public String summary() {
            return "body-centred cubic parent lattice (A2, Im-3m): one site per primitive cell, sublattice 2a";
        }

        @Override
        public String example() {
            return """
                    lattice:
                      type: bcc
                      a: 3.51
                      species: {2a: [Li, Va]}
                    """;
        }

        @Override
        public Lattice create(Parameters p, BuildContext context) {
            try {
                return build(p);
            } catch (IllegalArgumentException e) {
                // Cell and overlap tolerances are absolute (Å³, Å): a tiny a can still fail them.
                throw new InvalidInputException("bcc lattice with a = " + p.a() + " Å: " + e.getMessage(), e);
            }
        }
    }
}
