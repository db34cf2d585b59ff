package org.sublattice.crystal.enumerate;

/**
 * Where an enumeration reports how far it has got. Called from the enumerating thread, a few
 * times per supercell (never per configuration); implementations should return quickly.
 */
@FunctionalInterface
public interface Progress {
    /** Ignores progress. */
    Progress NONE = (done, total, found) -> {
    };

    /**
     * @param done units of work finished (supercells, or hops × environments), ≤ {@code total}
     * @param total units of work in all
     * @param found results so far (supercells, configurations, environments)
     */
    void update(long done, long total, long found);
}
