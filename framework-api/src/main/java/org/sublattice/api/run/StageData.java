package org.sublattice.api.run;

import java.util.List;
import org.sublattice.api.Checks;
import org.sublattice.api.crystal.Supercell;

/**
 * A finished stage, given to analyzers.
 *
 * @param stageId the stage's id
 * @param supercell the supercell every chain ran on
 * @param points one result per condition point, in sweep order
 */
public record StageData(String stageId, Supercell supercell, List<PointResult> points) {
    public StageData {
        Checks.notNull(stageId, "stageId");
        Checks.notNull(supercell, "supercell");
        points = List.copyOf(Checks.noNulls(points, "points"));
    }
}
