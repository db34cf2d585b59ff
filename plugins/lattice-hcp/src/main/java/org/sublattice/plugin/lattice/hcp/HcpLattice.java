package org.sublattice.plugin.lattice.hcp;

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
 * HCP (A3, Mg type, P6₃/mmc): hexagonal cell a·(1,0,0), a·(-½,√3/2,0), c·(0,0,1) with two sites
 * on Wyckoff 2c at (⅓,⅔,¼) and (⅔,⅓,¾).
 */
public final class HcpLattice {
    /** Sublattice labels: the Wyckoff positions of P6₃/mmc. */
    public static final List<String> LABELS = List.of("2c");
    /** The ideal axial ratio √(8/3) of touching hard spheres. */
    public static final double IDEAL_C_OVER_A = Math.sqrt(8.0 / 3.0);

    private HcpLattice() {
    }

    /**
     * Parameters of {@code type: hcp}.
     *
     * @param a basal lattice parameter, Å
     * @param cOverA axial ratio c/a
     * @param species allowed occupants per sublattice, the first being the ideal occupant
     */
    public record Parameters(
            @Param(value = "basal lattice parameter a", unit = "Å", defaultValue = "3.11", min = 0, minExclusive = true)
            double a,
            @Param(value = "axial ratio c/a (ideal √(8/3))", defaultValue = "1.632993161855452", min = 0, minExclusive = true)
            double cOverA,
            @Param(value = "allowed occupants of sublattice 2c; the first is the ideal occupant", defaultValue = "{2c: [Li]}")
            Map<String, List<String>> species) {
        public Parameters {
            Checks.positive(a, "lattice parameter a (Å)");
            Checks.positive(cOverA, "c-over-a");
            species = SpeciesMap.check(species, LABELS);
        }
    }

    /** The lattice for the given parameters. */
    public static Lattice build(Parameters p) {
        List<Prims.Point> sites = List.of(new Prims.Point("2c", new Vec3(1.0 / 3, 2.0 / 3, 0.25)),
                new Prims.Point("2c", new Vec3(2.0 / 3, 1.0 / 3, 0.75)));
        Prim prim = Prims.fromFractional("hcp", Prims.hexagonal(p.a(), p.a() * p.cOverA()), sites, p.species());
        String formula = Prims.idealFormula(prim);
        prim = new Prim("A3 " + formula, prim.cell(), prim.basis());
        return new SimpleLattice(prim, new Lattice.Description("A3", "Mg", 194,
                "HCP " + formula + ", a = " + p.a() + " Å, c/a = " + p.cOverA() + ", 2c " + p.species().get("2c")));
    }

    /** Factory of {@code type: hcp}. */
    public static final class Factory implements LatticeFactory<Parameters> {
        @Override
        public Class<Parameters> parameters() {
            return Parameters.class;
        }

        @Override
        public String summary() {
            return "hexagonal close-packed parent lattice (A3, P6_3/mmc): two sites per cell, sublattice 2c";
        }

        @Override
        public String example() {
            return """
                    lattice:
                      type: hcp
                      a: 3.11
                      c-over-a: 1.633
                      species: {2c: [Li, Ag]}
                    """;
        }

        @Override
        public Lattice create(Parameters p, BuildContext context) {
            try {
                return build(p);
            } catch (IllegalArgumentException e) {
                // Cell and overlap tolerances are absolute (Å³, Å): a tiny a can still fail them.
                throw new InvalidInputException("hcp lattice with a = " + p.a() + " Å: " + e.getMessage(), e);
            }
        }
    }
}
