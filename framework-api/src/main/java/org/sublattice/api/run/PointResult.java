package org.sublattice.api.run;

import org.sublattice.api.Checks;

/**
 * The result of the chain run at one condition point of a stage.
 *
 * @param index point index in the stage's sweep order
 * @param conditions the conditions
 * @param chain the chain's result
 */
public record PointResult(int index, ConditionPoint conditions, ChainResult chain) {
    public PointResult {
        Checks.notNull(conditions, "conditions");
        Checks.notNull(chain, "chain");
        if (index < 0) {
            throw new IllegalArgumentException("point index must be >= 0, got " + index);
        }
    }
}
