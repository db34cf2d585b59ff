package org.sublattice.plugin.eam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sublattice.api.Lattice;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.testkit.HamiltonianContract;
import org.sublattice.testkit.PluginKit;

/**
 * The {@code lammps} Hamiltonian against an installed LAMMPS (profile {@code lammps}): it passes the
 * Hamiltonian contract (few moves: every energy is a LAMMPS run) and agrees with our {@code eam}
 * on the same file. Fails, rather than skips, without LAMMPS.
 */
@Tag("lammps")
class LammpsHamiltonianTest extends HamiltonianContract {
    static final Path POTENTIALS = Path.of(System.getProperty("sublattice.lammps.potentials", "/usr/share/lammps/potentials"));
    private static final PluginKit KIT = PluginKit.discover(Path.of("."));

    @Override
    protected int movesPerKind() {
        return 4;
    }

    @Override
    protected Stream<TestSystem> systems() {
        Lattice l = KIT.lattice("b2", "{a: 2.85, species: {1a: [Cu, Ni, Va], 1b: [Ni, Cu]}}");
        return Stream.of(new TestSystem("B2 CuNi (CuNi.eam.alloy)", KIT.hamiltonian("lammps",
                "{pair-style: eam/alloy, pair-coeff: ['* * " + POTENTIALS.resolve("CuNi.eam.alloy") + " {species}']}", l),
                Supercell.repeat(l.prim(), 2, 2, 2)));
    }

    @Test
    void lammpsAndOurEamAgreeOnConfigurationsWithVacanciesAndAntisites() {
        assertTrue(Files.exists(POTENTIALS.resolve("CuNi.eam.alloy")), "LAMMPS potentials not found in " + POTENTIALS
                + "; install lammps-data (apt-get install lammps lammps-data) or set -Dsublattice.lammps.potentials");
        Lattice l = KIT.lattice("b2", "{a: 2.85, species: {1a: [Cu, Ni, Va], 1b: [Ni, Cu]}}");
        Supercell sc = Supercell.repeat(l.prim(), 2, 2, 2);
        var ours = KIT.hamiltonian("eam", "{potential: " + POTENTIALS.resolve("CuNi.eam.alloy") + "}", l).bind(sc);
        var theirs = KIT.hamiltonian("lammps", "{pair-style: eam/alloy, pair-coeff: ['* * " + POTENTIALS.resolve("CuNi.eam.alloy")
                + " {species}']}", l).bind(sc);
        byte[] occ = new byte[sc.size()];
        occ[1] = 2;
        occ[3] = 1;
        occ[sc.size() - 1] = 1;
        assertEquals(theirs.energy(occ), ours.energy(occ), 1e-6 * sc.size());
    }
}
