package org.sublattice.plugin.eam;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.sublattice.api.Lattice;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.testkit.HamiltonianContract;
import org.sublattice.testkit.PluginKit;

/**
 * The Hamiltonian contract for EAM on BCC orderings and FCC with vacancies and antisites: the
 * shipped Li–Ag model (analytic, Johnson mixing) and a tabulated setfl file.
 */
class EamContractTest extends HamiltonianContract {
    private static final PluginKit KIT = PluginKit.discover(Path.of("."));
    private static final String MODEL = "{potential: ../../configs/strain-paths/models/li-ag-eam.yaml}";

    @Override
    protected int movesPerKind() {
        return 1500;
    }

    @Override
    protected Stream<TestSystem> systems() {
        return Stream.of(
                system("bcc", "{a: 3.4, species: {2a: [Li, Ag, Va]}}", MODEL, 3),
                system("b2", "{species: {1a: [Li, Ag, Va], 1b: [Ag, Li]}}", MODEL, 2),
                system("d03", "{species: {4a: [Ag, Li], 4b: [Li, Va], 8c: [Li, Va, Ag]}}", MODEL, 1),
                system("fcc", "{a: 4.09, species: {4a: [Ag, Li, Va]}}", MODEL, 2));
    }

    private static TestSystem system(String type, String lattice, String potential, int n) {
        Lattice l = KIT.lattice(type, lattice);
        return new TestSystem(type + " " + lattice, KIT.hamiltonian("eam", potential, l), Supercell.repeat(l.prim(), n, n, n));
    }
}
