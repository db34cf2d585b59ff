package org.sublattice.plugin.lattice.gammabrass;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.sublattice.testkit.LatticeContract;
import org.sublattice.testkit.PluginKit;

/** The lattice contract for the 'gamma-brass' plugin, in its default ordering, discovered as the host would. */
class GammaBrassLatticeContractTest extends LatticeContract {
    @Override
    protected Stream<Named> lattices() {
        return Stream.of(new Named("gamma-brass", PluginKit.discover(Path.of(".")).lattice("gamma-brass", "{}")));
    }
}
