package org.sublattice.api.crystal;

import java.util.Arrays;
import org.sublattice.api.Checks;

/**
 * The occupation of every site of a supercell: {@code occupation()[s]} is the index of the
 * occupant of site s in that site's allowed-occupant list.
 *
 * <p>This is mutable state, not a value: samplers change it in place through the array returned
 * by {@link #occupation()} (no copies on the hot path). Not thread-safe; give each chain its own
 * copy.
 */
public final class Configuration {
    private final Supercell supercell;
    private final byte[] occupation;

    /** A configuration with the given occupation (copied and checked against allowed occupants). */
    public Configuration(Supercell supercell, byte[] occupation) {
        this.supercell = Checks.notNull(supercell, "supercell");
        Checks.notNull(occupation, "occupation");
        if (occupation.length != supercell.size()) {
            throw new IllegalArgumentException("occupation has " + occupation.length + " entries for a supercell of "
                    + supercell.size() + " sites");
        }
        for (int s = 0; s < occupation.length; s++) {
            int n = supercell.site(s).occupants().size();
            if (occupation[s] < 0 || occupation[s] >= n) {
                throw new IllegalArgumentException("site " + s + " has occupant index " + occupation[s]
                        + " but allows only " + supercell.site(s).occupants());
            }
        }
        this.occupation = occupation.clone();
    }

    /** The ideal ordering of the prim repeated over the supercell. */
    public static Configuration ideal(Supercell supercell) {
        byte[] occ = new byte[supercell.size()];
        for (int s = 0; s < occ.length; s++) {
            Site site = supercell.site(s);
            occ[s] = (byte) site.indexOf(site.ideal());
        }
        return new Configuration(supercell, occ);
    }

    public Supercell supercell() {
        return supercell;
    }

    /** The live occupation array; writes change this configuration. */
    public byte[] occupation() {
        return occupation;
    }

    /** Species symbol on site s. */
    public String species(int s) {
        return supercell.site(s).occupants().get(occupation[s]);
    }

    /** Number of sites occupied by {@code species}. */
    public int count(String species) {
        int n = 0;
        for (int s = 0; s < occupation.length; s++) {
            if (species(s).equals(species)) {
                n++;
            }
        }
        return n;
    }

    /** An independent copy. */
    public Configuration copy() {
        return new Configuration(supercell, occupation);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Configuration c && c.supercell == supercell && Arrays.equals(c.occupation, occupation);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(occupation);
    }
}
