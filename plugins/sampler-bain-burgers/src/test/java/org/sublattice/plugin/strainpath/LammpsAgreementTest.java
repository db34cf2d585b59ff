package org.sublattice.plugin.strainpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.sublattice.api.Lattice;
import org.sublattice.api.StructureEnergy;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.testkit.PluginKit;

/**
 * Our EAM energies equal LAMMPS's on the same potential files (Debian's lammps-data: funcfl, setfl
 * and eam/fs, one- and two-element) within 1e−6 eV/atom at six points along each path. Runs in the
 * {@code lammps} profile; fails, rather than skips, when LAMMPS or its potentials are missing.
 */
@Tag("lammps")
class LammpsAgreementTest {
    static final Path POTENTIALS = Path.of(System.getProperty("sublattice.lammps.potentials", "/usr/share/lammps/potentials"));
    static final double TOLERANCE = 1e-6;
    static final double[] FRACTIONS = {-0.25, 0, 0.25, 0.5, 0.75, 1.0};
    static final PluginKit KIT = PluginKit.discover(Path.of("."));

    record Case(String name, String lattice, String latticeYaml, String file, String pairStyle) {
    }

    @TestFactory
    Stream<DynamicTest> ourEamEqualsLammpsAlongBothPaths() {
        return Stream.of(
                new Case("Ag_u3 funcfl, BCC Ag", "bcc", "{a: 3.25, species: {2a: [Ag]}}", "Ag_u3.eam", "eam"),
                new Case("Al_zhou setfl, BCC Al", "bcc", "{a: 3.21, species: {2a: [Al]}}", "Al_zhou.eam.alloy", "eam/alloy"),
                new Case("Fe_mm eam/fs, BCC Fe", "bcc", "{a: 2.855, species: {2a: [Fe]}}", "Fe_mm.eam.fs", "eam/fs"),
                new Case("CuNi setfl, B2 CuNi", "b2", "{a: 2.85, species: {1a: [Cu], 1b: [Ni]}}", "CuNi.eam.alloy", "eam/alloy"),
                new Case("AlFe_mm eam/fs, D0_3 Fe3Al", "d03", "{a: 5.79, species: {4a: [Al], 4b: [Fe], 8c: [Fe]}}", "AlFe_mm.eam.fs",
                        "eam/fs"))
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private static void check(Case c) {
        Path file = POTENTIALS.resolve(c.file());
        assertTrue(Files.exists(file), file + " not found: install Debian's lammps-data (apt-get install lammps lammps-data) "
                + "or point -Dsublattice.lammps.potentials at LAMMPS's potentials directory");
        Lattice lattice = KIT.lattice(c.lattice(), c.latticeYaml());
        Supercell sc = Supercell.repeat(lattice.prim(), 1, 1, 1);
        String coeff = c.pairStyle().equals("eam") ? "'1 1 " + file + "'" : "'* * " + file + " {species}'";
        StructureEnergy ours = KIT.hamiltonian("eam", "{potential: " + file + "}", lattice).bind(sc).structureEnergy().orElseThrow();
        StructureEnergy theirs = KIT.hamiltonian("lammps", "{pair-style: " + c.pairStyle() + ", pair-coeff: [" + coeff + "]}", lattice)
                .bind(sc).structureEnergy().orElseThrow();
        Structure input = Structure.of(Configuration.ideal(sc), c.name());
        double worst = 0;
        for (StrainPath.Kind kind : StrainPath.Kind.values()) {
            StrainPath path = new StrainPath(kind, input);
            int n = path.reference().atoms().size();
            for (double t : FRACTIONS) {
                double[] e = path.pathStrain(t);
                e[0] = StrainPath.e1ForVolume(e, 1);
                Structure s = path.structure(e, path.shuffle(t), kind + " t=" + t);
                double a = ours.energy(s) / n;
                double b = theirs.energy(s) / n;
                worst = Math.max(worst, Math.abs(a - b));
                assertEquals(b, a, TOLERANCE, String.format(Locale.ROOT, "%s, %s path at e3 = %.4f", c.name(), kind, e[2]));
            }
        }
        System.out.printf(Locale.ROOT, "%s: largest |E_ours − E_LAMMPS| = %.2e eV/atom over %d structures%n", c.name(), worst,
                2 * FRACTIONS.length);
    }
}
