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
 * @param sampler the sampler component
 * @param points condition points in sweep order
 * @param analyzers analyzer components
 */
public record ValidatedStage(String id, Optional<String> from, Optional<Integer> fromPoint, BoundComponent sampler, List<ConditionPoint> points,
        List<BoundComponent> analyzers) {
    public ValidatedStage {
        points = List.copyOf(points);
        analyzers = List.copyOf(analyzers);
    }
}
