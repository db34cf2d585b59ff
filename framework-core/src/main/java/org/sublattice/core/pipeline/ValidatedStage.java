package org.sublattice.core.pipeline;

import java.util.List;
import java.util.Optional;
import org.sublattice.api.run.ConditionPoint;

/**
 * A stage that passed validation.
 *
 * @param id stage id
 * @param from id of the stage it starts from, if any
 * @param fromPoint the point of that stage every chain starts from, if one is fixed
 * @param initial species to place at random per sublattice (count ≥ 1 or fraction &lt; 1)
 * @param sampler the sampler component
 * @param points condition points in sweep order
 * @param lines point indices grouped into sweep lines, each in sweep order: with warm starts a
 *     line runs sequentially and lines run in parallel; without, every point is its own line
 * @param analyzers analyzer components
 */
public record ValidatedStage(String id, Optional<String> from, Optional<Integer> fromPoint,
        java.util.Map<String, java.util.Map<String, Double>> initial, BoundComponent sampler, List<ConditionPoint> points,
        List<List<Integer>> lines, List<BoundComponent> analyzers) {
    public ValidatedStage {
        points = List.copyOf(points);
        lines = lines.stream().map(List::copyOf).toList();
        analyzers = List.copyOf(analyzers);
    }
}
