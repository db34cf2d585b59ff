package org.sublattice.crystal.enumerate;

/**
 * A closed range of site fractions, 0 ≤ min ≤ max ≤ 1.
 *
 * @param min smallest fraction allowed
 * @param max largest fraction allowed
 */
public record FractionRange(double min, double max) {
    /** Slack on fraction × sites when converting to whole counts (round-off of decimal input). */
    static final double COUNT_TOLERANCE = 1e-9;

    public FractionRange {
        if (!(min >= 0) || !(max <= 1) || !(min <= max)) {
            throw new IllegalArgumentException("a fraction range needs 0 ≤ min ≤ max ≤ 1, got " + min + " … " + max);
        }
    }

    /** Smallest whole count of {@code sites} within the range. */
    int minCount(int sites) {
        return (int) Math.ceil(min * sites - COUNT_TOLERANCE);
    }

    /** Largest whole count of {@code sites} within the range. */
    int maxCount(int sites) {
        return (int) Math.floor(max * sites + COUNT_TOLERANCE);
    }
}
