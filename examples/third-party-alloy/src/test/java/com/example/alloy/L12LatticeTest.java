package com.example.alloy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.Lattice;
import org.sublattice.crystal.FactorGroup;
import org.sublattice.crystal.NeighbourShells;
import org.sublattice.testkit.LatticeContract;
import org.sublattice.testkit.PluginKit;

/** The lattice contract, plus what makes L1₂ L1₂; the plugin is found as the host finds it. */
class L12LatticeTest extends LatticeContract {
    private static final PluginKit KIT = PluginKit.discover(Path.of("."));

    @Override
    protected Stream<Named> lattices() {
        return Stream.of(new Named("l12 Cu3Au", KIT.lattice("l12", "{}")));
    }

    @Test
    void minorityAtomsHaveTwelveMajorityNeighboursAndMajorityAtomsFourAndEight() {
        Lattice l = KIT.lattice("l12", "{a: 3.75}");
        var shells = NeighbourShells.of(l.prim(), 3.75 / Math.sqrt(2) + 1e-3);
        assertEquals(12, shells.stream().filter(s -> s.from().equals("1a") && s.to().equals("3c")).findFirst().orElseThrow().count());
        assertEquals(4, shells.stream().filter(s -> s.from().equals("3c") && s.to().equals("1a")).findFirst().orElseThrow().count());
        assertEquals(8, shells.stream().filter(s -> s.from().equals("3c") && s.to().equals("3c")).findFirst().orElseThrow().count());
    }

    @Test
    void theOrderedCompoundHasTheFullCubicPointGroup() {
        assertEquals(48, FactorGroup.of(KIT.lattice("l12", "{}").prim()).size());
    }

    @Test
    void wrongSublatticesAreRefusedNamingThem() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> KIT.lattice("l12", "{species: {1a: [Au], 4b: [Cu]}}"));
        assertTrue(e.getMessage().contains("[1a, 4b]") || e.getMessage().contains("4b"), e.getMessage());
    }
}
