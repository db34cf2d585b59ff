package org.sublattice.plugin.strainpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sublattice.api.BoundHamiltonian;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.Lattice;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.run.Chain;
import org.sublattice.api.run.ChainResult;
import org.sublattice.api.run.ConditionPoint;
import org.sublattice.api.run.ProgressSink;
import org.sublattice.testkit.Hamiltonians;
import org.sublattice.testkit.PluginKit;

class StrainScannerTest {
    static final PluginKit KIT = PluginKit.discover(Path.of("."));
    static final String MODEL = "{potential: ../../configs/strain-paths/models/li-ag-eam.yaml}";

    static Chain chain(BoundHamiltonian h, ProgressSink progress) {
        return new Chain(0, h, Configuration.ideal(h.supercell()), new ConditionPoint(300, Map.of()), new SplittableRandom(1), 1, progress);
    }

    static ChainResult scan(String type, String lattice, StrainPath.Kind kind, double[] grid, StrainScanner.Relax relax) {
        Lattice l = KIT.lattice(type, lattice);
        BoundHamiltonian h = KIT.hamiltonian("eam", MODEL, l).bind(Supercell.repeat(l.prim(), 1, 1, 1));
        return new StrainScanner(kind, grid, relax, 1e-7).run(chain(h, ProgressSink.NONE));
    }

    @Test
    void relaxingTheVolumeNeverRaisesTheEnergyAndRelaxingAllStrainNeverRaisesItFurther() {
        double[] grid = {-0.05, 0.0, 0.1, 0.2, 0.3};
        ChainResult fixed = scan("b2", "{}", StrainPath.Kind.BAIN, grid, StrainScanner.Relax.NONE);
        ChainResult volume = scan("b2", "{}", StrainPath.Kind.BAIN, grid, StrainScanner.Relax.VOLUME);
        ChainResult strain = scan("b2", "{}", StrainPath.Kind.BAIN, grid, StrainScanner.Relax.STRAIN);
        double[] ef = fixed.series().get(ChainResult.ENERGY);
        double[] ev = volume.series().get(ChainResult.ENERGY);
        double[] es = strain.series().get(ChainResult.ENERGY);
        for (int i = 0; i < grid.length; i++) {
            assertTrue(ev[i] <= ef[i] + 1e-12, "point " + i + ": " + ev[i] + " > " + ef[i]);
            assertTrue(es[i] <= ev[i] + 1e-9, "point " + i + ": " + es[i] + " > " + ev[i]);
            assertEquals(grid[i], volume.series().get("e3")[i], 1e-15, "e3 stays on the grid");
            assertEquals(grid[i], strain.series().get("e3")[i], 1e-15, "e3 stays on the grid");
        }
        // The fixed-volume scan keeps the input's volume; the model's B2 LiAg is larger than a = 3.17 Å.
        assertEquals(3.17 * 3.17 * 3.17 / 2, fixed.series().get("volume_per_atom")[2], 1e-9);
        assertTrue(volume.series().get("volume_per_atom")[2] > fixed.series().get("volume_per_atom")[2] + 0.5);
    }

    @Test
    void theFixedVolumeGridPointAtTheEndOfThePathIsTheEndPoint() {
        StrainPath p = new StrainPath(StrainPath.Kind.BAIN, org.sublattice.api.crystal.Structure.of(
                Configuration.ideal(Supercell.repeat(KIT.lattice("bcc", "{}").prim(), 1, 1, 1)), "x"));
        ChainResult r = scan("bcc", "{}", StrainPath.Kind.BAIN, new double[] {0, p.endE3()}, StrainScanner.Relax.NONE);
        assertEquals(r.scalars().get("end.energy_per_atom"), r.series().get("energy_per_atom")[1], 1e-12);
        assertEquals(r.scalars().get("reference.energy_per_atom"), r.series().get("energy_per_atom")[0], 1e-12);
    }

    @Test
    void burgersScansAnEvenNumberOfPlanesAndLeavesTheConfigurationUnchanged() {
        Lattice l = KIT.lattice("bcc", "{}");
        BoundHamiltonian h = KIT.hamiltonian("eam", MODEL, l).bind(Supercell.repeat(l.prim(), 1, 1, 1));
        Chain c = chain(h, ProgressSink.NONE);
        Configuration before = c.configuration().copy();
        ChainResult r = new StrainScanner(StrainPath.Kind.BURGERS, new double[] {0, -0.05}, StrainScanner.Relax.NONE, 1e-7).run(c);
        assertEquals(2.0, r.scalars().get("atoms"), "the one-atom BCC cell is doubled to alternate (110) planes");
        assertEquals(before, c.configuration());
        assertEquals(before, r.finalState());
    }

    @Test
    void aHamiltonianWithoutStructureEnergiesIsRefusedWithAClearMessage() {
        Supercell sc = Supercell.repeat(KIT.lattice("bcc", "{}").prim(), 1, 1, 1);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new StrainScanner(StrainPath.Kind.BAIN,
                new double[] {0}, StrainScanner.Relax.NONE, 1e-7).run(chain(Hamiltonians.zero(sc), ProgressSink.NONE)));
        assertTrue(e.getMessage().contains("bain-burgers") && e.getMessage().contains("eam"), e.getMessage());
    }

    @Test
    void aCancelledScanStopsWithThePointsItHas() {
        Lattice l = KIT.lattice("bcc", "{}");
        BoundHamiltonian h = KIT.hamiltonian("eam", MODEL, l).bind(Supercell.repeat(l.prim(), 1, 1, 1));
        int[] advanced = {0};
        ProgressSink stopAfterTwo = new ProgressSink() {
            @Override
            public void advance(long steps) {
                advanced[0] += (int) steps;
            }

            @Override
            public boolean cancelled() {
                return advanced[0] >= 3;
            }
        };
        ChainResult r = new StrainScanner(StrainPath.Kind.BAIN, new double[] {0, 0.1, 0.2, 0.3}, StrainScanner.Relax.NONE, 1e-7)
                .run(chain(h, stopAfterTwo));
        assertEquals(2, r.samples());
    }
}
