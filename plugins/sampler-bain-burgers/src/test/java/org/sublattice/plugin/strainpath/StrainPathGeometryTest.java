package org.sublattice.plugin.strainpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.testkit.PluginKit;

class StrainPathGeometryTest {
    static final PluginKit KIT = PluginKit.discover(Path.of("."));

    static Structure ordering(String type, String yaml, int n) {
        Supercell sc = Supercell.repeat(KIT.lattice(type, yaml).prim(), n, n, n);
        return Structure.of(Configuration.ideal(sc), type);
    }

    static Symmetry.Identity end(StrainPath.Kind kind, Structure s) {
        StrainPath p = new StrainPath(kind, s);
        return Symmetry.identify(p.structure(p.endStrain(), p.shuffle(1), "end"));
    }

    @Test
    void volumeConservingBainEndPointOfAnElementIsFccAtE3Of0324() {
        StrainPath p = new StrainPath(StrainPath.Kind.BAIN, ordering("bcc", "{}", 1));
        // c/a = √2 at fixed volume: α = 2^(−1/6), γ = 2^(1/3), e₃ = (γ² − α²)/√6.
        assertEquals((Math.pow(2, 2.0 / 3) - Math.pow(2, -1.0 / 3)) / Math.sqrt(6), p.endE3(), 1e-12);
        assertEquals(0.3240, p.endE3(), 5e-5);
        assertEquals(1.0, StrainPath.volumeRatio(p.endStrain()), 1e-12);
        Symmetry.Identity id = end(StrainPath.Kind.BAIN, ordering("bcc", "{}", 1));
        assertEquals("FCC (A1)", id.name(), id.toString());
        assertEquals(48, id.operations());
        assertEquals(1, id.atoms());
    }

    @Test
    void halfwayAlongTheBainPathTheCrystalIsBodyCentredTetragonal() {
        StrainPath p = new StrainPath(StrainPath.Kind.BAIN, ordering("bcc", "{}", 1));
        double[] e = p.pathStrain(0.5);
        e[0] = StrainPath.e1ForVolume(e, 1);
        Symmetry.Identity id = Symmetry.identify(p.structure(e, 0, "bct"));
        assertEquals(16, id.operations(), id.toString());
        assertEquals("tetragonal I", id.lattice());
    }

    @Test
    void volumeConservingBurgersEndPointOfAnElementIsIdealHcp() {
        StrainPath p = new StrainPath(StrainPath.Kind.BURGERS, ordering("bcc", "{}", 1));
        assertEquals(1.0, StrainPath.volumeRatio(p.endStrain()), 1e-12);
        assertTrue(p.endE3() < 0, "Burgers takes e3 negative");
        assertEquals(-0.1350, p.endE3(), 5e-5);
        Symmetry.Identity id = end(StrainPath.Kind.BURGERS, ordering("bcc", "{}", 1));
        assertEquals("HCP (A3)", id.name(), id.toString());
        assertEquals(24, id.operations());
        assertEquals(2, id.atoms());
        assertEquals(Math.sqrt(8.0 / 3), id.cOverA(), 1e-9);
    }

    @Test
    void burgersWithoutTheShuffleIsNotHcp() {
        StrainPath p = new StrainPath(StrainPath.Kind.BURGERS, ordering("bcc", "{}", 1));
        Symmetry.Identity id = Symmetry.identify(p.structure(p.endStrain(), 0, "no shuffle"));
        assertTrue(!id.name().startsWith("HCP"), id.toString());
    }

    @Test
    void b2GoesToL10AndD03ToD022AtTheBainEndPoint() {
        Symmetry.Identity b2 = end(StrainPath.Kind.BAIN, ordering("b2", "{}", 1));
        assertEquals("L1_0", b2.name(), b2.toString());
        assertEquals(16, b2.operations());
        Symmetry.Identity d03 = end(StrainPath.Kind.BAIN, ordering("d03", "{}", 1));
        assertEquals("D0_22", d03.name(), d03.toString());
        assertEquals(16, d03.operations());
        assertEquals(4, d03.atoms());
    }

    @Test
    void startingStructuresAreNamedByTheirOrdering() {
        assertEquals("BCC (A2)", Symmetry.identify(ordering("bcc", "{}", 2)).name());
        assertEquals("B2", Symmetry.identify(ordering("b2", "{}", 1)).name());
        assertEquals("D0_3", Symmetry.identify(ordering("d03", "{}", 1)).name());
        assertEquals("B32", Symmetry.identify(ordering("b32", "{}", 1)).name());
    }

    @Test
    void b32GoesToTheUpbTypeOrderingAndB2ToB19() {
        Symmetry.Identity b32 = end(StrainPath.Kind.BAIN, ordering("b32", "{}", 1));
        assertEquals("UPb-type", b32.name(), b32.toString());
        assertEquals("tetragonal I", b32.lattice());
        Symmetry.Identity b19 = end(StrainPath.Kind.BURGERS, ordering("b2", "{}", 1));
        assertEquals("B19", b19.name(), b19.toString());
        Symmetry.Identity d03 = end(StrainPath.Kind.BURGERS, ordering("d03", "{}", 1));
        assertEquals("HCP", d03.parent(), d03.toString());
        assertEquals(8, d03.atoms());
    }

    @Test
    void strainComponentsRoundTripAndVolumeIsSolvedExactly() {
        double[] e = {0.01, -0.02, 0.05, 0.003, -0.004, 0.02};
        double[] back = StrainPath.components(StrainPath.tensor(e));
        for (int i = 0; i < 6; i++) {
            assertEquals(e[i], back[i], 1e-15);
        }
        e[0] = StrainPath.e1ForVolume(e, 1.07);
        assertEquals(1.07, StrainPath.volumeRatio(e), 1e-12);
    }

    @Test
    void aStructureOffTheBccLatticeIsRefusedNamingTheAtom() {
        Structure fcc = new Structure("fcc", org.sublattice.api.crystal.Cell.cubic(4.0), java.util.List.of(
                new Structure.Atom("Ag", org.sublattice.api.crystal.Vec3.ZERO), new Structure.Atom("Ag", new org.sublattice.api.crystal.Vec3(0, 0.5, 0.5)),
                new Structure.Atom("Ag", new org.sublattice.api.crystal.Vec3(0.5, 0, 0.5)), new Structure.Atom("Ag", new org.sublattice.api.crystal.Vec3(0.5, 0.5, 0))));
        InvalidInputException x = assertThrows(InvalidInputException.class, () -> new StrainPath(StrainPath.Kind.BAIN, fcc));
        assertTrue(x.getMessage().contains("not on a BCC site"), x.getMessage());
    }
}
