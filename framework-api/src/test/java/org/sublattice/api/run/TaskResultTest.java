package org.sublattice.api.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaskResultTest {
    private static final ResultTable TABLE = new ResultTable("fit", List.of(new Column("x", ""), new Column("y", "eV")),
            List.<double[]>of(new double[] {0, 1}));

    private static TaskResult withFiles(String... files) {
        return new TaskResult(List.of(TABLE), List.of(), List.of(files), Map.of(), Optional.empty());
    }

    @Test
    void acceptsRelativeFilesInsideTheTaskDirectory() {
        assertEquals(List.of("model.yaml", "sub/report.csv"), withFiles("model.yaml", "sub/report.csv").files());
    }

    @Test
    void rejectsFilesOutsideTheTaskDirectory() {
        for (String bad : new String[] {"../model.yaml", "/tmp/model.yaml", "a/../../b", ""}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> withFiles(bad), bad);
            assertTrue(e.getMessage().contains("relative path inside the task's directory"), e.getMessage());
        }
    }

    @Test
    void rejectsAFileNamedLikeATableOrListedTwice() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> withFiles("fit.csv")).getMessage().contains("tables or plots"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> withFiles("a.txt", "a.txt")).getMessage().contains("twice"));
    }

    @Test
    void rejectsPlotsOfUnknownTablesAndNonFiniteSummaries() {
        PlotSpec plot = new PlotSpec("p", "p", "nope", "x", List.of("y"), false);
        assertThrows(IllegalArgumentException.class, () -> TaskResult.of(List.of(TABLE), List.of(plot)));
        assertThrows(IllegalArgumentException.class,
                () -> new TaskResult(List.of(), List.of(), List.of(), Map.of("cv", Double.NaN), Optional.empty()));
    }

    @Test
    void markersOnlyColumnsMustBeAmongThePlottedOnes() {
        assertEquals(List.of("y"), new PlotSpec("p", "p", "fit", "x", List.of("y"), false, List.of("y")).markersOnly());
        assertThrows(IllegalArgumentException.class, () -> new PlotSpec("p", "p", "fit", "x", List.of("y"), false, List.of("z")));
    }
}
