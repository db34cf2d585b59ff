package org.sublattice.plugin.lattice.fcc;

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
 * FCC (A1, Cu type, Fm-3m): one site per primitive cell a/2·(0,1,1), (1,0,1), (1,1,0), Wyckoff 4a
 * of the conventional cube.
 */
public final class FccLattice {
    /** Sublattice labels: the Wyckoff positions of Fm-3m. */
    public static final List<String> LABELS = List.of("4a");

    private FccLattice() {
    }

    /**
     * Parameters of {@code type: fcc}.
     *
     * @param a conventional cubic lattice parameter, Å
     * @param species allowed occupants per sublattice, the first being the ideal occupant
     */
    public record Parameters(
            @Param(value = "conventional cubic lattice parameter", unit = "Å", defaultValue = "4.09", min = 0, minExclusive = true)
            double a,
            @Param(value = "allowed occupants of sublattice 4a; the first is the ideal occupant", defaultValue = "{4a: [Ag]}")
            Map<String, List<String>> species) {
        public Parameters {
            Checks.positive(a, "lattice parameter a (Å)");
            species = SpeciesMap.check(species, LABELS);
        }
    }

    /** The lattice for the given parameters. */
    public static Lattice build(Parameters p) {
        Prim prim = Prims.fromCubic("fcc", Prims.fccPrimitive(p.a()), p.a(), List.of(new Prims.Point("4a", Vec3.ZERO)), p.species());
        String formula = Prims.idealFormula(prim);
        prim = new Prim("A1 " + formula, prim.cell(), prim.basis());
        return new SimpleLattice(prim, new Lattice.Description("A1", "Cu", 225,
                "FCC " + formula + ", a = " + p.a() + " Å, 4a " + p.species().get("4a")));
    }

    /** Factory of {@code type: fcc}. */
    public static final class Factory implements LatticeFactory<Parameters> {
        @Override
        public Class<Parameters> parameters() {
            return Parameters.class;
        }

        @Override
        public String summary() {
            return "face-centred cubic parent lattice (A1, Fm-3m): one site per primitive cell, sublattice 4a";
        }

        @Override
        public String example() {
            return """
                    lattice:
                      type: fcc
                      a: 4.09
                      species: {4a: [Ag, Li, Va]}
                    """;
        }

        @Override
        public Lattice create(Parameters p, BuildContext context) {
            try {
                return build(p);
            } catch (IllegalArgumentException e) {
                // Cell and overlap tolerances are absolute (Å³, Å): a tiny a can still fail them.
                throw new InvalidInputException("fcc lattice with a = " + p.a() + " Å: " + e.getMessage(), e);
            }
        }
    }
}
