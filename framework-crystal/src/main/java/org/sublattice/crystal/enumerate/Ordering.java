package org.sublattice.crystal.enumerate;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sublattice.api.Checks;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Supercell;

/**
 * One enumerated configuration.
 *
 * @param id {@code <supercell name>/<n>}, n counting from 1 within the supercell
 * @param supercell its supercell
 * @param occupation occupant index per site of {@code supercell.supercell(prim)}; a copy is kept
 * @param multiplicity configurations of the supercell equivalent to it (orbit size)
 */
public record Ordering(String id, EnumeratedSupercell supercell, byte[] occupation, int multiplicity) {
    public Ordering {
        Checks.notNull(id, "id");
        Checks.notNull(supercell, "supercell");
        occupation = Checks.notNull(occupation, "occupation").clone();
        if (multiplicity < 1) {
            throw new IllegalArgumentException("multiplicity of " + id + " must be ≥ 1, got " + multiplicity);
        }
    }

    @Override
    public byte[] occupation() {
        return occupation.clone();
    }

    /** As a configuration of the canonical supercell. */
    public Configuration configuration(Prim prim) {
        return new Configuration(supercell.supercell(prim), occupation);
    }

    /**
     * The same configuration on the reduced basis of its supercell (the cell structure files use):
     * every site keeps its lattice position and occupant.
     */
    public Configuration reducedConfiguration(Prim prim) {
        Supercell from = supercell.supercell(prim);
        Supercell to = Supercell.of(prim, supercell.reduced());
        byte[] occ = new byte[to.size()];
        for (int s = 0; s < from.size(); s++) {
            int[] t = from.translation(s);
            occ[to.index(from.basis(s), t[0], t[1], t[2])] = occupation[s];
        }
        return new Configuration(to, occ);
    }

    /** Number of sites per species, in the prim's species order (species absent are left out). */
    public Map<String, Integer> counts(Prim prim) {
        Supercell sc = supercell.supercell(prim);
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String sp : prim.species()) {
            int k = 0;
            for (int s = 0; s < occupation.length; s++) {
                if (sc.site(s).occupants().get(occupation[s]).equals(sp)) {
                    k++;
                }
            }
            if (k > 0) {
                out.put(sp, k);
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ordering x && x.id.equals(id) && x.supercell.equals(supercell) && Arrays.equals(x.occupation, occupation)
                && x.multiplicity == multiplicity;
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + Arrays.hashCode(occupation);
    }

    @Override
    public String toString() {
        return "Ordering[" + id + ", " + Arrays.toString(occupation) + ", multiplicity " + multiplicity + "]";
    }
}
