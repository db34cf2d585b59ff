package org.sublattice.plugin.clex;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.sublattice.api.Hamiltonian;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.testkit.HamiltonianContract;
import org.sublattice.testkit.PluginKit;

/**
 * The Hamiltonian contract on every built-in lattice, with coupled sublattices, vacancies and
 * antisites, and random ECIs on all pairs to the 2nd shell and triplets to the 2nd shell; and, on
 * some of them, with neighbour indices computed by stencils instead of read from a table (as in
 * large supercells), also on conventional cubes of FCC-based prims (non-diagonal supercells).
 */
class ClusterExpansionContractTest extends HamiltonianContract {
    private static final PluginKit KIT = PluginKit.discover(Path.of("."));

    @Override
    protected Stream<TestSystem> systems() {
        return Stream.of(
                system("fcc", "species: {4a: [Ag, Li, Va]}", 4),
                system("bcc", "species: {2a: [Li, Ag, Va]}", 4),
                system("hcp", "species: {2c: [Li, Ag, Va]}", 3),
                system("b2", "species: {1a: [Li, Ag, Va], 1b: [Ag, Li]}", 3),
                system("d03", "species: {4a: [Ag, Li], 4b: [Li, Va], 8c: [Li, Va, Ag]}", 2),
                system("b32", "species: {8a: [Li, Va], 8b: [Al, Li]}", 2),
                system("gamma-brass", "species: {IT: [Li, Va], OT: [Ag, Li], OH: [Ag, Li], CO: [Li, Ag]}", 2),
                computed("bcc", "species: {2a: [Li, Ag, Va]}", Supercell::repeat, 4),
                computed("b32", "species: {8a: [Li, Va], 8b: [Al, Li]}", ClusterExpansionContractTest::cube, 2),
                computed("d03", "species: {4a: [Ag, Li], 4b: [Li, Va], 8c: [Li, Va, Ag]}", ClusterExpansionContractTest::cube, 1),
                computed("gamma-brass", "species: {IT: [Li, Va], OT: [Ag, Li], OH: [Ag, Li], CO: [Li, Ag]}", Supercell::repeat, 2));
    }

    /** n×n×n conventional cubes of an FCC-based prim. */
    private static Supercell cube(Prim prim, int n, int n1, int n2) {
        return Supercell.of(prim, new int[][] {{-n, n, n}, {n, -n, n}, {n, n, -n}});
    }

    private interface Shape {
        Supercell of(Prim prim, int n0, int n1, int n2);
    }

    /** The model with neighbour indices computed by stencils, whatever the supercell's size. */
    private static TestSystem computed(String type, String species, Shape shape, int n) {
        Prim prim = KIT.lattice(type, species).prim();
        double[] d = prim.shellDistances(2);
        ClusterExpansion ce = ClusterExpansionTest.randomModel(prim, new double[] {0, 0, d[1] + 1e-3, d[1] + 1e-3}, type.hashCode());
        Hamiltonian computed = sc -> new BoundClusterExpansion(sc, ce.space(), ce.basis(), ce.eci(), 0);
        return new TestSystem(type + " " + species + " (computed neighbours)", computed, shape.of(prim, n, n, n));
    }

    private static TestSystem system(String type, String species, int n) {
        Prim prim = KIT.lattice(type, species).prim();
        double[] d = prim.shellDistances(2);
        ClusterExpansion ce = ClusterExpansionTest.randomModel(prim, new double[] {0, 0, d[1] + 1e-3, d[1] + 1e-3}, type.hashCode());
        return new TestSystem(type + " " + species, ce, Supercell.repeat(prim, n, n, n));
    }
}
