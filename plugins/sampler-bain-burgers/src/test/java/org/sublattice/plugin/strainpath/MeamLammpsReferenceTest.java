package org.sublattice.plugin.strainpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sublattice.api.StructureEnergy;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.testkit.PluginKit;

/**
 * Our {@code meam} energies on the shipped Li–Ag model equal, within 1e−6 eV/atom, the energies
 * LAMMPS's pair_style meam gave for the same structures from Baskes's Li and Ag entries of
 * library.meam (recorded in meam-lammps-reference.csv by {@link MeamLammpsAgreementTest}, which
 * needs a LAMMPS built with its MEAM package — Debian's is not).
 */
class MeamLammpsReferenceTest {
    static final double TOLERANCE = 1e-6;
    static final PluginKit KIT = PluginKit.discover(java.nio.file.Path.of("."));

    static Map<String, Double> reference() throws IOException {
        Map<String, Double> out = new HashMap<>();
        try (InputStream in = MeamLammpsReferenceTest.class.getResourceAsStream("/meam-lammps-reference.csv")) {
            assertNotNull(in, "meam-lammps-reference.csv");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("case,")) {
                    continue;
                }
                int last = line.lastIndexOf(',');
                out.put(line.substring(0, last), Double.parseDouble(line.substring(last + 1)));
            }
        }
        return out;
    }

    @Test
    void ourMeamEqualsRecordedLammpsEnergiesAlongBothPaths() throws IOException {
        Map<String, Double> lammps = reference();
        int compared = 0;
        for (MeamCases.Case c : MeamCases.CASES) {
            var lattice = MeamCases.lattice(KIT, c);
            StructureEnergy ours = KIT.hamiltonian("meam", "{potential: " + MeamCases.MODEL + "}", lattice)
                    .bind(Supercell.repeat(lattice.prim(), 1, 1, 1)).structureEnergy().orElseThrow();
            for (MeamCases.Point p : MeamCases.points(KIT, c)) {
                Double theirs = lammps.get(p.key());
                assertNotNull(theirs, "no LAMMPS energy recorded for " + p.key());
                assertEquals(theirs, ours.energy(p.structure()) / p.atoms(), TOLERANCE, p.key());
                compared++;
            }
        }
        assertEquals(lammps.size(), compared, "every recorded energy is compared");
        System.out.printf(Locale.ROOT, "MEAM: %d structures equal LAMMPS within %.0e eV/atom%n", compared, TOLERANCE);
    }
}
