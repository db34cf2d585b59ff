package org.sublattice.plugin.lattice.d03;

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
 * D0₃ (BiF₃ type, Fm-3m), an ordering of BCC in a 2×2×2 BCC cube of edge a: FCC primitive cell
 * a/2·(0,1,1), (1,0,1), (1,1,0) with four sites at Cartesian/a (0,0,0) on 4a, (½,½,½) on 4b and
 * (¼,¼,¼), (¾,¾,¾) on 8c. In Li₃Ag the Ag atoms on 4a are isolated: all 8 nearest neighbours Li.
 */
public final class D03Lattice {
    /** Sublattice labels: the Wyckoff positions of Fm-3m. */
    public static final List<String> LABELS = List.of("4a", "4b", "8c");

    private D03Lattice() {
    }

    /**
     * Parameters of {@code type: d03}.
     *
     * @param a conventional cubic lattice parameter (twice the BCC one), Å
     * @param species allowed occupants per sublattice, the first being the ideal occupant
     */
    public record Parameters(
            @Param(value = "conventional cubic lattice parameter (2 a_bcc)", unit = "Å", defaultValue = "6.40", min = 0, minExclusive = true)
            double a,
            @Param(value = "allowed occupants of sublattices 4a, 4b and 8c; the first is the ideal occupant",
                    defaultValue = "{4a: [Ag], 4b: [Li], 8c: [Li]}")
            Map<String, List<String>> species) {
        public Parameters {
            Checks.positive(a, "lattice parameter a (Å)");
            species = SpeciesMap.check(species, LABELS);
        }
    }

    /** The lattice for the given parameters. */
    public static Lattice build(Parameters p) {
        List<Prims.Point> sites = List.of(new Prims.Point("4a", Vec3.ZERO), new Prims.Point("4b", new Vec3(0.5, 0.5, 0.5)),
                new Prims.Point("8c", new Vec3(0.25, 0.25, 0.25)), new Prims.Point("8c", new Vec3(0.75, 0.75, 0.75)));
        Prim prim = Prims.fromCubic("d03", Prims.fccPrimitive(p.a()), p.a(), sites, p.species());
        String formula = Prims.idealFormula(prim);
        prim = new Prim("D0_3 " + formula, prim.cell(), prim.basis());
        return new SimpleLattice(prim, new Lattice.Description("D0_3", "BiF3", 225, "D0_3 " + formula + ", a = " + p.a()
                + " Å, 4a " + p.species().get("4a") + ", 4b " + p.species().get("4b") + ", 8c " + p.species().get("8c")));
    }

    /** Factory of {@code type: d03}. */
    public static final class Factory implements LatticeFactory<Parameters> {
        @Override
        public Class<Parameters> parameters() {
            return Parameters.class;
        }

        @Override
        public String summary() {
            return "D0_3 (BiF3, Fm-3m) ordering of BCC: sublattices 4a (0,0,0), 4b (½,½,½), 8c (¼,¼,¼) of the conventional cube";
        }

        @Override
        public String example() {
            return """
                    lattice:
                      type: d03
                      a: 6.40
                      species: {4a: [Ag, Li], 4b: [Li, Va], 8c: [Li, Va]}
                    """;
        }

        @Override
        public Lattice create(Parameters p, BuildContext context) {
            try {
                return build(p);
            } catch (IllegalArgumentException e) {
                // Cell and overlap tolerances are absolute (Å³, Å): a tiny a can still fail them.
                throw new InvalidInputException("d03 lattice with a = " + p.a() + " Å: " + e.getMessage(), e);
            }
        }
    }
}
