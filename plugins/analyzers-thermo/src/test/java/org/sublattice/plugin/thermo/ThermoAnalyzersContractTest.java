package org.sublattice.plugin.thermo;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.crystal.Vec3;
import org.sublattice.testkit.AnalyzerContract;
import org.sublattice.testkit.PluginKit;

/** The analyzer contract for composition and energy. */
class ThermoAnalyzersContractTest extends AnalyzerContract {
    @Override
    protected Stream<Case> analyzers() {
        PluginKit kit = PluginKit.discover(Path.of("."));
        Prim prim = new Prim("test", Cell.cubic(3), List.of(new Site("a", Vec3.ZERO, List.of("Li", "Va"), "Li")));
        Supercell sc = Supercell.repeat(prim, 2, 2, 2);
        return Stream.of(new Case("composition", kit.analyzer("composition", "{}"), sc),
                new Case("energy", kit.analyzer("energy", "{}"), sc),
                new Case("defects", kit.analyzer("defects", "{}"), sc),
                new Case("voltage", kit.analyzer("voltage", "{}"), sc),
                new Case("dilute-vacancy", kit.analyzer("dilute-vacancy", "{}"), sc),
                new Case("free-energy", kit.analyzer("free-energy", "{}"), sc),
                new Case("binder", kit.analyzer("binder", "{species: Li}"), sc));
    }
}
