package org.sublattice.plugin.kmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.Lattice;
import org.sublattice.testkit.PluginKit;

/** Event catalogs whose moves would create or destroy atoms are rejected, naming the moves. */
class EventCatalogTest {
    private static final PluginKit KIT = PluginKit.discover(Path.of("."));
    private static final Lattice BCC = KIT.lattice("bcc", "{species: {2a: [Li, Va]}}");

    private static String catalog(String initial, String trajectories) {
        return "events:\n  - name: e\n    sites: [[0, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0]]\n    initial: " + initial
                + "\n    trajectories: " + trajectories + "\n    kra: 0.1\n";
    }

    @Test
    void anAtomMovedOntoAnAtomThatStaysIsRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> EventCatalog.parse(catalog("[Li, Li, Va]", "[[0, 1]]"), "c", BCC.prim()));
        assertTrue(e.getMessage().contains("trajectory [0, 1]") && e.getMessage().contains("does not move away"), e.getMessage());
    }

    @Test
    void anAtomMovedTwiceOrTwoAtomsIntoOneSiteAreRejected() {
        InvalidInputException twice = assertThrows(InvalidInputException.class,
                () -> EventCatalog.parse(catalog("[Li, Va, Va]", "[[0, 1], [0, 2]]"), "c", BCC.prim()));
        assertTrue(twice.getMessage().contains("[[0, 1], [0, 2]]"), twice.getMessage());
        InvalidInputException into = assertThrows(InvalidInputException.class,
                () -> EventCatalog.parse(catalog("[Li, Li, Va]", "[[0, 2], [1, 2]]"), "c", BCC.prim()));
        assertTrue(into.getMessage().contains("two atoms into one site"), into.getMessage());
    }

    @Test
    void aChainOfMovesIntoAVacancyIsAccepted() {
        // the atom on 1 moves into the vacancy on 2, the one on 0 into the site 1 leaves
        assertEquals(1, EventCatalog.parse(catalog("[Li, Li, Va]", "[[1, 2], [0, 1]]"), "c", BCC.prim()).size());
    }
}
