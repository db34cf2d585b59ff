package org.sublattice.plugin.eam;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sublattice.api.InvalidInputException;
import org.sublattice.testkit.PluginKit;

class LammpsAbsentTest {
    @Test
    void aMissingLammpsExecutableIsReportedWithHowToInstallIt() {
        PluginKit kit = PluginKit.discover(Path.of("."));
        var lattice = kit.lattice("bcc", "{species: {2a: [Fe]}}");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> kit.hamiltonian("lammps",
                "{pair-style: eam/fs, pair-coeff: ['* * Fe_mm.eam.fs {species}'], executable: no-such-lmp-binary}", lattice));
        assertTrue(e.getMessage().contains("no-such-lmp-binary") && e.getMessage().contains("apt-get install lammps"), e.getMessage());
    }
}
