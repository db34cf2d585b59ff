package org.sublattice.core.pipeline;

import java.util.List;
import java.util.Optional;
import org.sublattice.api.Role;
import org.sublattice.api.run.ConditionPoint;

/**
 * A stage that passed validation: a sampler stage (chains over condition points) or a task stage
 * (one job; no points, no analyzers, no {@code from}).
 *
 * @param id stage id
 * @param from id of the sampler stage it starts from, if any
 * @param fromPoint the point of that stage every chain starts from, if one is fixed
 * @param initial species to place at random per sublattice (count ≥ 1 or fraction &lt; 1)
 * @param component the sampler or task component
 * @param points condition points in sweep order; empty for a task stage. Species of
 *     {@code chemicalPotentialFrom} are absent from them until the runner fills them in
 * @param chemicalPotentialFrom species whose μ the runner reads per point from a result table of
 *     an earlier stage, to {@code stage/table}
 * @param lines point indices grouped into sweep lines, each in sweep order: with warm starts a
 *     line runs sequentially and lines run in parallel; without, every point is its own line
 * @param analyzers analyzer components
 */
public record ValidatedStage(String id, Optional<String> from, Optional<Integer> fromPoint,
        java.util.Map<String, java.util.Map<String, Double>> initial, BoundComponent component, List<ConditionPoint> points,
        java.util.Map<String, String> chemicalPotentialFrom, List<List<Integer>> lines, List<BoundComponent> analyzers) {
    public ValidatedStage {
        points = List.copyOf(points);
        chemicalPotentialFrom = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(chemicalPotentialFrom));
        lines = lines.stream().map(List::copyOf).toList();
        analyzers = List.copyOf(analyzers);
        Role role = component.component().role();
        if (role != Role.SAMPLER && role != Role.TASK) {
            throw new IllegalArgumentException("stage " + id + " runs a " + role.yamlName() + "; expected a sampler or a task");
        }
        if (role == Role.TASK && (!points.isEmpty() || !analyzers.isEmpty() || from.isPresent() || !initial.isEmpty()
                || !chemicalPotentialFrom.isEmpty())) {
            throw new IllegalArgumentException("task stage " + id + " has conditions, analyzers, 'from' or 'initial'");
        }
    }

    /** Whether this stage runs a task rather than a sampler. */
    public boolean isTask() {
        return component.component().role() == Role.TASK;
    }

    /**
     * The sampler component.
     *
     * @throws IllegalStateException for a task stage
     */
    public BoundComponent sampler() {
        if (isTask()) {
            throw new IllegalStateException("stage " + id + " is a task stage; it has no sampler");
        }
        return component;
    }

    /**
     * The task component.
     *
     * @throws IllegalStateException for a sampler stage
     */
    public BoundComponent task() {
        if (!isTask()) {
            throw new IllegalStateException("stage " + id + " is a sampler stage; it has no task");
        }
        return component;
    }
}
