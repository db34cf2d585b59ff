package org.sublattice.plugin.strainpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sublattice.api.StructureEnergy;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.testkit.PluginKit;

/**
 * Our {@code meam} (on the shipped YAML model and on library.meam itself) against a LAMMPS that has
 * pair_style meam, within 1e−6 eV/atom on every structure of {@link MeamCases}; writes the LAMMPS
 * energies to target/meam-lammps-reference.csv, the file {@link MeamLammpsReferenceTest} reads from
 * src/test/resources. Profile {@code lammps-meam}: {@code -Dsublattice.lammps.executable=/path/to/lmp}
 * (built with -DPKG_MEAM=on) and {@code -Dsublattice.lammps.potentials} (library.meam's directory).
 */
@Tag("lammps-meam")
class MeamLammpsAgreementTest {
    static final String LMP = System.getProperty("sublattice.lammps.executable", "lmp");
    static final PluginKit KIT = PluginKit.discover(Path.of("."));

    @Test
    void ourMeamEqualsLammpsAlongBothPaths() throws IOException {
        Path library = LammpsAgreementTest.POTENTIALS.resolve("library.meam");
        assertTrue(Files.exists(library), library + " not found: install Debian's lammps-data or set -Dsublattice.lammps.potentials");
        StringBuilder csv = new StringBuilder("# LAMMPS pair_style meam, " + library.getFileName() + " entries Li and Ag, no parameter file\n"
                + "case,path,t,energy_ev_per_atom\n");
        double worst = 0;
        for (MeamCases.Case c : MeamCases.CASES) {
            var lattice = MeamCases.lattice(KIT, c);
            Supercell sc = Supercell.repeat(lattice.prim(), 1, 1, 1);
            StructureEnergy yaml = KIT.hamiltonian("meam", "{potential: " + MeamCases.MODEL + "}", lattice).bind(sc).structureEnergy()
                    .orElseThrow();
            StructureEnergy lib = KIT.hamiltonian("meam", "{potential: " + library + ", format: library}", lattice).bind(sc)
                    .structureEnergy().orElseThrow();
            StructureEnergy lammps = KIT.hamiltonian("lammps", "{executable: " + LMP + ", pair-style: meam, pair-coeff: ['* * " + library
                    + " Li Ag NULL {species}']}", lattice).bind(sc).structureEnergy().orElseThrow();
            for (MeamCases.Point p : MeamCases.points(KIT, c)) {
                double theirs = lammps.energy(p.structure()) / p.atoms();
                double ours = yaml.energy(p.structure()) / p.atoms();
                worst = Math.max(worst, Math.abs(ours - theirs));
                assertEquals(theirs, ours, MeamLammpsReferenceTest.TOLERANCE, p.key() + " (YAML model)");
                assertEquals(theirs, lib.energy(p.structure()) / p.atoms(), MeamLammpsReferenceTest.TOLERANCE, p.key() + " (library.meam)");
                csv.append(p.key()).append(',').append(String.format(Locale.ROOT, "%.10f", theirs)).append('\n');
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/meam-lammps-reference.csv"), csv.toString());
        System.out.printf(Locale.ROOT, "MEAM: largest |E_ours − E_LAMMPS| = %.2e eV/atom%n", worst);
    }
}
