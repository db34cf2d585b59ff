package org.sublattice.plugin.clex;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.testkit.HamiltonianContract;
import org.sublattice.testkit.PluginKit;

/**
 * The Hamiltonian contract on every built-in lattice, with coupled sublattices, vacancies and
 * antisites, and random ECIs on all pairs to the 2nd shell and triplets to the 2nd shell.
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
                system("gamma-brass", "species: {IT: [Li, Va], OT: [Ag, Li], OH: [Ag, Li], CO: [Li, Ag]}", 2));
    }

    private static TestSystem system(String type, String species, int n) {
        Prim prim = KIT.lattice(type, species).prim();
        double[] d = prim.shellDistances(2);
        ClusterExpansion ce = ClusterExpansionTest.randomModel(prim, new double[] {0, 0, d[1] + 1e-3, d[1] + 1e-3}, type.hashCode());
        return new TestSystem(type + " " + species, ce, Supercell.repeat(prim, n, n, n));
    }
}
