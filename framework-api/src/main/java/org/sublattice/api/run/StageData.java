package org.sublattice.api.run;

import java.util.List;
import org.sublattice.api.BoundHamiltonian;
import org.sublattice.api.Checks;
import org.sublattice.api.crystal.Supercell;

/**
 * A finished stage, given to analyzers.
 *
 * @param stageId the stage's id
 * @param supercell the supercell every chain ran on
 * @param hamiltonian the Hamiltonian the chains used (for analyzers that evaluate energies of
 *     configurations of their own, e.g. a dilute-defect estimate); use it from one thread
 * @param points one result per condition point, in sweep order
 */
public record StageData(String stageId, Supercell supercell, BoundHamiltonian hamiltonian, List<PointResult> points) {
    public StageData {
        Checks.notNull(stageId, "stageId");
        Checks.notNull(supercell, "supercell");
        Checks.notNull(hamiltonian, "hamiltonian");
        points = List.copyOf(Checks.noNulls(points, "points"));
    }
}
