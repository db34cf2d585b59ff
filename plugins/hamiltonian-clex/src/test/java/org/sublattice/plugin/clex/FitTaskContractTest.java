package org.sublattice.plugin.clex;

import java.util.stream.Stream;
import org.sublattice.api.Lattice;
import org.sublattice.testkit.PluginKit;
import org.sublattice.testkit.TaskContract;

class FitTaskContractTest extends TaskContract {
    @Override
    protected Stream<Case> tasks() {
        PluginKit kit = PluginKit.discover(SiGeData.dir());
        Lattice lattice = kit.lattice("prim", "{file: prim.json}");
        // k-fold CV draws its folds from the stage's generator: the same seed must give the same fit.
        return Stream.of(new Case("fit-kfold", kit.task("fit", "{data: SiGe_training_data.json, clusters: {2: 6.0}, method: ridge, "
                + "cv: k-fold, folds: 4, hull-weights: {temperature: 0.02}}", lattice), lattice));
    }
}
