package org.sublattice.crystal.enumerate;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sublattice.api.Checks;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Supercell;

/**
 * What {@link HopEnvironments#enumerate} enumerates: for every symmetry-distinct hop of the given
 * prototypes in a periodic background ordering, the distinct local environments within
 * {@code radius} of the hop's sites that differ from the background by {@code minDefects} …
 * {@code maxDefects} substitutions, each to be computed (NEB) in a supercell {@code nebSupercell}.
 *
 * @param prim the parent crystal
 * @param background the background ordering: a configuration of some supercell of {@code prim},
 *     repeated periodically (the ideal ordering on the prim cell for a perfect crystal)
 * @param hops hop prototypes (names distinct)
 * @param radius environment sites lie within this distance (Å) of some site of the hop
 * @param substitutions per sublattice label, the species that may replace a background occupant
 *     in the environment (e.g. {@code 1b: [Li]} for Li antisites on the Ag sublattice of B2 LiAg)
 * @param minDefects fewest substituted environment sites, ≥ 0
 * @param maxDefects most substituted environment sites, ≥ {@code minDefects}
 * @param nebSupercell the supercell of the exported structures (rows in prim units); its lattice
 *     must be a sublattice of the background's and must hold the hop and environment without
 *     two of their sites landing on the same supercell site
 * @param images number of linearly interpolated images between the end points, ≥ 0
 */
public record HopEnvironmentSpec(Prim prim, Configuration background, List<HopDefinition> hops, double radius,
        Map<String, List<String>> substitutions, int minDefects, int maxDefects, int[][] nebSupercell, int images) {
    /** Most substituted sites one environment may have (the number of combinations grows as sitesᵈ). */
    public static final int MAX_DEFECTS = 4;

    public HopEnvironmentSpec {
        Checks.notNull(prim, "prim");
        Checks.notNull(background, "background");
        hops = List.copyOf(Checks.noNulls(hops, "hops"));
        Checks.positive(radius, "environment radius");
        Checks.notNull(substitutions, "substitutions");
        Checks.notNull(nebSupercell, "NEB supercell");
        if (!background.supercell().prim().equals(prim)) {
            throw new IllegalArgumentException("the background ordering is a configuration of prim '"
                    + background.supercell().prim().name() + "', not of '" + prim.name() + "'");
        }
        if (hops.isEmpty()) {
            throw new IllegalArgumentException("give at least one hop");
        }
        TreeSet<String> names = new TreeSet<>();
        for (HopDefinition h : hops) {
            h.check(prim);
            if (!names.add(h.name())) {
                throw new IllegalArgumentException("two hops are named '" + h.name() + "'");
            }
        }
        List<String> labels = prim.sublattices();
        Map<String, List<String>> subs = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : substitutions.entrySet()) {
            if (!labels.contains(e.getKey())) {
                throw new IllegalArgumentException("substitutions name sublattice '" + e.getKey() + "'; the prim has " + labels);
            }
            List<String> allowed = OrderingSpec.occupants(prim, e.getKey());
            for (String sp : Checks.noNulls(e.getValue(), "substitutions of " + e.getKey())) {
                if (!allowed.contains(sp)) {
                    throw new IllegalArgumentException("sublattice '" + e.getKey() + "' does not allow substituted species '" + sp
                            + "'; it allows " + allowed);
                }
            }
            subs.put(e.getKey(), List.copyOf(e.getValue()));
        }
        substitutions = java.util.Collections.unmodifiableMap(subs);
        if (minDefects < 0 || maxDefects < minDefects || maxDefects > MAX_DEFECTS) {
            throw new IllegalArgumentException("defects per environment must satisfy 0 ≤ min ≤ max ≤ " + MAX_DEFECTS + ", got "
                    + minDefects + " … " + maxDefects);
        }
        if (maxDefects > 0 && subs.values().stream().allMatch(List::isEmpty)) {
            throw new IllegalArgumentException("environments with defects need substitutions (which species may sit on which sublattice)");
        }
        if (nebSupercell.length != 3 || Arrays.stream(nebSupercell).anyMatch(r -> r == null || r.length != 3)) {
            throw new IllegalArgumentException("NEB supercell must be a 3×3 integer matrix, got " + Arrays.deepToString(nebSupercell));
        }
        nebSupercell = IntMatrices.copy(nebSupercell);
        if (IntMatrices.det(nebSupercell) == 0) {
            throw new IllegalArgumentException("NEB supercell " + Arrays.deepToString(nebSupercell) + " is singular");
        }
        if (!IntMatrices.isSublattice(IntMatrices.toLong(nebSupercell), IntMatrices.toLong(background.supercell().transformation()))) {
            throw new IllegalArgumentException("NEB supercell " + Arrays.deepToString(nebSupercell)
                    + " does not repeat the background ordering's cell " + Arrays.deepToString(background.supercell().transformation())
                    + ": its vectors must be integer combinations of the background's");
        }
        if (images < 0 || images > 98) {
            throw new IllegalArgumentException("images must be 0 … 98 (two-digit NEB directories), got " + images);
        }
    }

    /** The ideal ordering of the prim as the background. */
    public static Configuration idealBackground(Prim prim) {
        return Configuration.ideal(Supercell.repeat(prim, 1, 1, 1));
    }

    @Override
    public int[][] nebSupercell() {
        return IntMatrices.copy(nebSupercell);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HopEnvironmentSpec s && s.prim.equals(prim) && s.background.equals(background) && s.hops.equals(hops)
                && s.radius == radius && s.substitutions.equals(substitutions) && s.minDefects == minDefects
                && s.maxDefects == maxDefects && Arrays.deepEquals(s.nebSupercell, nebSupercell) && s.images == images;
    }

    @Override
    public int hashCode() {
        return prim.hashCode() * 31 + hops.hashCode() + Arrays.deepHashCode(nebSupercell);
    }
}
