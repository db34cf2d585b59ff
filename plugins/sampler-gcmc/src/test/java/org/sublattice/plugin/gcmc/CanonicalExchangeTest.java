package org.sublattice.plugin.gcmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sublattice.api.BoundHamiltonian;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.crystal.Vec3;
import org.sublattice.api.run.Chain;
import org.sublattice.api.run.ChainResult;
import org.sublattice.api.run.ConditionPoint;
import org.sublattice.api.run.ProgressSink;
import org.sublattice.testkit.Hamiltonians;
import org.sublattice.testkit.PluginKit;

class CanonicalExchangeTest {

    @Test
    void speciesMoveBetweenSublatticesThatListTheirOccupantsInAnotherOrderAndTotalsAreKept() {
        // An ordered A₁B₁ cell whose sublattices allow {A, B} in opposite orders; with no energy the
        // canonical sampler must mix A and B over both sublattices and keep N_A and N_B.
        Prim prim = new Prim("ab", Cell.cubic(3), List.of(new Site("x", Vec3.ZERO, List.of("A", "B"), "A"),
                new Site("y", new Vec3(0.5, 0.5, 0.5), List.of("B", "A"), "B")));
        Supercell sc = Supercell.repeat(prim, 4, 4, 4);
        BoundHamiltonian zero = Hamiltonians.zero(sc);
        var sampler = PluginKit.discover(Path.of(".")).sampler("canonical", "passes: {equilibration: 50, sampling: 50}");
        Configuration start = Configuration.ideal(sc);
        ChainResult r = sampler.run(new Chain(0, zero, start, new ConditionPoint(300, Map.of()), new SplittableRandom(1), 1, ProgressSink.NONE));
        Configuration end = r.finalState();
        assertEquals(64, end.count("A"));
        assertEquals(64, end.count("B"));
        double[] aOnX = r.series().get(ChainResult.count("x", "A"));
        assertTrue(aOnX[aOnX.length - 1] < 56, "A stays on its sublattice: " + aOnX[aOnX.length - 1]);
        int counted = 0;
        for (int s = 0; s < sc.size(); s++) {
            if (sc.site(s).sublattice().equals("x") && end.species(s).equals("A")) {
                counted++;
            }
        }
        assertEquals(aOnX[aOnX.length - 1], counted, "tracked counts agree with the final configuration");
    }
}
