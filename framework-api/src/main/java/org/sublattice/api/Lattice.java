package org.sublattice.api;

import org.sublattice.api.crystal.Prim;

/**
 * A parent crystal or ordering: the prim (lattice vectors, basis sites with sublattice labels and
 * allowed occupants, the ideal ordering) and what it is called. Implementations are immutable.
 */
public interface Lattice {

    /** The prim; never null. */
    Prim prim();

    /** Crystallographic names of this lattice. */
    Description describe();

    /**
     * @param strukturbericht Strukturbericht symbol, e.g. {@code B32}; empty if none
     * @param prototype prototype compound, e.g. {@code NaTl}
     * @param spaceGroup international space-group number (1–230)
     * @param summary one line for humans
     */
    record Description(String strukturbericht, String prototype, int spaceGroup, String summary) {
        public Description {
            Checks.notNull(strukturbericht, "strukturbericht");
            Checks.notNull(prototype, "prototype");
            Checks.notNull(summary, "summary");
            if (spaceGroup < 1 || spaceGroup > 230) {
                throw new IllegalArgumentException("space group number must be 1..230, got " + spaceGroup);
            }
        }
    }
}
