package com.example.alloy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sublattice.api.BuildContext;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.Lattice;
import org.sublattice.api.LatticeFactory;
import org.sublattice.api.Param;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.crystal.Vec3;

/**
 * L1₂ (Strukturbericht), prototype Cu₃Au, Pm-3m (221): an FCC ordering in the simple cubic cell
 * with the minority atom on 1a (0,0,0) and the majority on 3c (0,½,½), (½,0,½), (½,½,0).
 */
final class L12Lattice implements Lattice {
    private final Prim prim;

    private L12Lattice(Prim prim) {
        this.prim = prim;
    }

    static L12Lattice build(Parameters p) {
        List<String> a = p.species().get("1a");
        List<String> c = p.species().get("3c");
        List<Site> sites = new ArrayList<>();
        sites.add(new Site("1a", Vec3.ZERO, a, a.get(0)));
        for (Vec3 f : List.of(new Vec3(0, 0.5, 0.5), new Vec3(0.5, 0, 0.5), new Vec3(0.5, 0.5, 0))) {
            sites.add(new Site("3c", f, c, c.get(0)));
        }
        return new L12Lattice(new Prim("L1_2 " + c.get(0) + "3" + a.get(0), Cell.cubic(p.a()), sites));
    }

    @Override
    public Prim prim() {
        return prim;
    }

    @Override
    public Description describe() {
        return new Description("L1_2", "Cu3Au", 221, "FCC ordering A3B: B on the cube corners (1a), A on the face centres (3c)");
    }

    /**
     * Parameters.
     *
     * @param a cubic lattice parameter
     * @param species allowed occupants of the 1a and 3c sublattices, ideal first
     */
    public record Parameters(
            @Param(value = "cubic lattice parameter", unit = "Å", defaultValue = "3.75", min = 0, minExclusive = true) double a,
            @Param(value = "allowed occupants per sublattice (1a, 3c), the ideal one first", defaultValue = "{1a: [Au], 3c: [Cu]}")
            Map<String, List<String>> species) {
        public Parameters {
            if (!species.keySet().equals(Set.of("1a", "3c"))) {
                throw new IllegalArgumentException("species must give exactly the sublattices 1a and 3c, got " + species.keySet());
            }
            if (species.values().stream().anyMatch(List::isEmpty)) {
                throw new IllegalArgumentException("every sublattice needs at least one occupant, got " + species);
            }
        }
    }

    /** Factory. */
    public static final class Factory implements LatticeFactory<Parameters> {
        @Override
        public Class<Parameters> parameters() {
            return Parameters.class;
        }

        @Override
        public String summary() {
            return "L1₂ (Cu₃Au-type) ordering of FCC in its simple cubic cell";
        }

        @Override
        public String example() {
            return "lattice: {type: l12, a: 3.75, species: {1a: [Au, Cu], 3c: [Cu, Au]}}";
        }

        @Override
        public Lattice create(Parameters p, BuildContext context) {
            try {
                return build(p);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(e.getMessage(), e);
            }
        }
    }
}
