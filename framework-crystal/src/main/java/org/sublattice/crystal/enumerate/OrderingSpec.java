package org.sublattice.crystal.enumerate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sublattice.api.Checks;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Site;

/**
 * What {@link OrderingEnumerator#enumerate} enumerates: the symmetry-distinct occupations of each
 * given supercell, every site taking one of its allowed occupants (vacancies included where a site
 * allows {@code Va}).
 *
 * @param prim the parent crystal
 * @param supercells the supercells, e.g. from {@link SupercellEnumerator}
 * @param composition per sublattice label, per species: the range of the fraction of that
 *     sublattice's sites the species may take (species not named are unconstrained)
 * @param fixed sublattice labels whose sites keep their ideal occupant
 * @param maxCount stop after this many configurations (≥ 1; {@link Long#MAX_VALUE} for all)
 * @param primitiveOnly leave out configurations that repeat with a lattice translation of the
 *     prim that is not one of the supercell (Hart–Forcade's "superperiodic" ones): each crystal is
 *     then listed once, in its smallest supercell
 * @param labelExchange also treat configurations related by a permutation of the occupants of the
 *     non-fixed sites as equivalent (Hart–Forcade's tables count this way); needs every non-fixed
 *     site to allow the same occupants
 * @param allOccupants keep only configurations in which every occupant of every non-fixed
 *     sublattice appears (Hart–Forcade's tables count this way)
 */
public record OrderingSpec(Prim prim, List<EnumeratedSupercell> supercells, Map<String, Map<String, FractionRange>> composition,
        Set<String> fixed, long maxCount, boolean primitiveOnly, boolean labelExchange, boolean allOccupants) {

    public OrderingSpec {
        Checks.notNull(prim, "prim");
        supercells = List.copyOf(Checks.noNulls(supercells, "supercells"));
        Checks.notNull(composition, "composition");
        fixed = Set.copyOf(Checks.noNulls(fixed, "fixed sublattices"));
        Set<String> labels = new TreeSet<>(prim.sublattices());
        Map<String, Map<String, FractionRange>> comp = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, FractionRange>> e : composition.entrySet()) {
            String label = e.getKey();
            if (!labels.contains(label)) {
                throw new IllegalArgumentException("composition names sublattice '" + label + "'; the prim has " + labels);
            }
            List<String> allowed = occupants(prim, label);
            for (Map.Entry<String, FractionRange> r : Checks.notNull(e.getValue(), "composition of " + label).entrySet()) {
                if (!allowed.contains(r.getKey())) {
                    throw new IllegalArgumentException("composition of sublattice '" + label + "' names '" + r.getKey()
                            + "', which it does not allow " + allowed);
                }
                Checks.notNull(r.getValue(), "range of " + r.getKey() + " on " + label);
            }
            comp.put(label, Map.copyOf(e.getValue()));
        }
        composition = java.util.Collections.unmodifiableMap(comp);
        for (String f : fixed) {
            if (!labels.contains(f)) {
                throw new IllegalArgumentException("fixed sublattice '" + f + "' is not in the prim; it has " + labels);
            }
        }
        if (maxCount < 1) {
            throw new IllegalArgumentException("max count must be ≥ 1, got " + maxCount);
        }
        if (labelExchange) {
            List<String> common = null;
            for (Site s : prim.basis()) {
                if (fixed.contains(s.sublattice()) || !s.isActive()) {
                    continue;
                }
                if (common == null) {
                    common = s.occupants();
                } else if (!common.equals(s.occupants())) {
                    throw new IllegalArgumentException("label exchange needs every non-fixed site to allow the same occupants; "
                            + "sublattice '" + s.sublattice() + "' allows " + s.occupants() + ", another " + common);
                }
            }
        }
    }

    /** All configurations of the given supercells, primitive ones only, no filters. */
    public static OrderingSpec of(Prim prim, List<EnumeratedSupercell> supercells) {
        return new OrderingSpec(prim, supercells, Map.of(), Set.of(), Long.MAX_VALUE, true, false, false);
    }

    /** All configurations of the supercells of {@code minVolume} … {@code maxVolume} prim cells. */
    public static OrderingSpec byVolume(Prim prim, int minVolume, int maxVolume) {
        return of(prim, SupercellEnumerator.enumerate(new SupercellSpec(prim, minVolume, maxVolume), Progress.NONE));
    }

    public OrderingSpec withComposition(Map<String, Map<String, FractionRange>> c) {
        return new OrderingSpec(prim, supercells, c, fixed, maxCount, primitiveOnly, labelExchange, allOccupants);
    }

    public OrderingSpec withFixed(Set<String> f) {
        return new OrderingSpec(prim, supercells, composition, f, maxCount, primitiveOnly, labelExchange, allOccupants);
    }

    public OrderingSpec withMaxCount(long n) {
        return new OrderingSpec(prim, supercells, composition, fixed, n, primitiveOnly, labelExchange, allOccupants);
    }

    public OrderingSpec withPrimitiveOnly(boolean p) {
        return new OrderingSpec(prim, supercells, composition, fixed, maxCount, p, labelExchange, allOccupants);
    }

    /** Hart–Forcade's counting convention: label exchange on and every occupant present. */
    public OrderingSpec withHartForcadeConvention() {
        return new OrderingSpec(prim, supercells, composition, fixed, maxCount, primitiveOnly, true, true);
    }

    static List<String> occupants(Prim prim, String label) {
        List<String> out = null;
        for (Site s : prim.basis()) {
            if (s.sublattice().equals(label)) {
                if (out == null) {
                    out = s.occupants();
                } else if (!out.equals(s.occupants())) {
                    throw new IllegalArgumentException("sites of sublattice '" + label + "' allow different occupants: " + out + " and "
                            + s.occupants());
                }
            }
        }
        return out;
    }
}
