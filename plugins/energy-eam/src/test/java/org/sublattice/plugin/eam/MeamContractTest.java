package org.sublattice.plugin.eam;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.sublattice.api.Lattice;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.testkit.HamiltonianContract;
import org.sublattice.testkit.PluginKit;

/** The Hamiltonian contract for the shipped Li–Ag MEAM on B2 and FCC with vacancies and antisites (few moves: each is two full energies). */
class MeamContractTest extends HamiltonianContract {
    private static final PluginKit KIT = PluginKit.discover(Path.of("."));
    private static final String MODEL = "{potential: ../../configs/strain-paths/models/li-ag-meam.yaml}";

    @Override
    protected int movesPerKind() {
        return 40;
    }

    @Override
    protected Stream<TestSystem> systems() {
        return Stream.of(
                system("b2", "{species: {1a: [Li, Ag, Va], 1b: [Ag, Li]}}", 2),
                system("fcc", "{a: 4.09, species: {4a: [Ag, Li, Va]}}", 1));
    }

    private static TestSystem system(String type, String lattice, int n) {
        Lattice l = KIT.lattice(type, lattice);
        return new TestSystem(type + " " + lattice, KIT.hamiltonian("meam", MODEL, l), Supercell.repeat(l.prim(), n, n, n));
    }
}
