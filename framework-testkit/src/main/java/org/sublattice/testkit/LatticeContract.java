package org.sublattice.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sublattice.api.Lattice;
import org.sublattice.api.crystal.Site;
import org.sublattice.crystal.FactorGroup;
import org.sublattice.crystal.SpaceGroupInfo;

/**
 * The contract every {@link Lattice} passes: a valid prim whose factor group contains the identity
 * and closes, and whose point-group order is that of the space group it names in
 * {@link Lattice#describe()}, and which is primitive for its ordering (one pure translation).
 */
public abstract class LatticeContract {

    /** Named lattices to test (each in its ideal ordering). */
    protected abstract Stream<Named> lattices();

    /**
     * @param name test name
     * @param lattice the lattice
     */
    public record Named(String name, Lattice lattice) {
    }

    @TestFactory
    Stream<DynamicTest> factorGroupMatchesTheDescribedSpaceGroup() {
        return lattices().map(n -> DynamicTest.dynamicTest(n.name(), () -> {
            Lattice l = n.lattice();
            FactorGroup g = FactorGroup.of(l.prim());
            assertEquals(1, g.pureTranslations(), n.name() + ": the prim is not primitive for its ordering");
            assertEquals(pointGroupOrder(l.describe().spaceGroup()), SpaceGroupInfo.of(g).pointGroupOrder(),
                    n.name() + ": factor group vs space group " + l.describe().spaceGroup());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everySiteAllowsItsIdealOccupant() {
        return lattices().map(n -> DynamicTest.dynamicTest(n.name(), () -> {
            for (Site s : n.lattice().prim().basis()) {
                assertTrue(s.occupants().contains(s.ideal()));
            }
        }));
    }

    /** Order of the point group of space group {@code number} (International Tables, vol. A). */
    public static int pointGroupOrder(int number) {
        int[][] ranges = {{1, 1, 1}, {2, 2, 2}, {3, 9, 2}, {10, 15, 4}, {16, 74, 4}, {47, 74, 8}, {75, 82, 4}, {83, 88, 8},
            {89, 122, 8}, {123, 142, 16}, {143, 146, 3}, {147, 148, 6}, {149, 161, 6}, {162, 167, 12}, {168, 174, 6},
            {175, 176, 12}, {177, 190, 12}, {191, 194, 24}, {195, 199, 12}, {200, 206, 24}, {207, 220, 24}, {221, 230, 48}};
        int order = 0;
        for (int[] r : ranges) {
            if (number >= r[0] && number <= r[1]) {
                order = r[2];
            }
        }
        if (order == 0) {
            throw new IllegalArgumentException("space group number must be 1..230, got " + number);
        }
        return order;
    }
}
