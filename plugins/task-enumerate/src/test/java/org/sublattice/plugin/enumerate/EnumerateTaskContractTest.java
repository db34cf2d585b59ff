package org.sublattice.plugin.enumerate;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.sublattice.api.Lattice;
import org.sublattice.testkit.PluginKit;
import org.sublattice.testkit.TaskContract;

class EnumerateTaskContractTest extends TaskContract {
    @Override
    protected Stream<Case> tasks() {
        PluginKit kit = PluginKit.discover(Path.of("."));
        Lattice b2 = kit.lattice("b2", "{species: {1a: [Li, Va], 1b: [Ag, Li]}}");
        return Stream.of(new Case("b2-orderings", kit.task("enumerate", "{volumes: [1, 2], composition: {1a: {Va: [0, 0.5]}}}", b2), b2),
                new Case("b2-supercells", kit.task("enumerate", "{volumes: [1, 4], orderings: false}", b2), b2));
    }
}
