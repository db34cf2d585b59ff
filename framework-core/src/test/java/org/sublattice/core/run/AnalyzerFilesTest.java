package org.sublattice.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sublattice.api.run.AnalysisResult;
import org.sublattice.api.run.TextFile;

class AnalyzerFilesTest {
    @TempDir
    Path dir;

    @Test
    void analyzerFilesAreWrittenUnderTheStageDirectoryWithNoTemporaryFilesLeft() throws IOException {
        List<String> written = PipelineRunner.writeFiles(List.of(new TextFile("structures/point-000.vasp", "Li\n"),
                new TextFile("summary.txt", "ok\n")), dir);
        assertEquals(List.of("structures/point-000.vasp", "summary.txt"), written);
        assertEquals("Li\n", Files.readString(dir.resolve("structures/point-000.vasp")));
        assertEquals("ok\n", Files.readString(dir.resolve("summary.txt")));
        try (Stream<Path> all = Files.walk(dir)) {
            assertEquals(0, all.filter(p -> p.getFileName().toString().endsWith(".tmp")).count());
        }
    }

    @Test
    void rewritingAFileReplacesItsContent() throws IOException {
        PipelineRunner.writeFiles(List.of(new TextFile("a.txt", "first")), dir);
        PipelineRunner.writeFiles(List.of(new TextFile("a.txt", "second")), dir);
        assertEquals("second", Files.readString(dir.resolve("a.txt")));
    }

    @Test
    void pathsThatLeaveTheDirectoryOrRepeatAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new TextFile("../x.txt", ""));
        assertThrows(IllegalArgumentException.class, () -> new TextFile("/abs.txt", ""));
        assertThrows(IllegalArgumentException.class, () -> new TextFile("a/.hidden", ""));
        assertThrows(IllegalArgumentException.class, () -> new AnalysisResult(List.of(), List.of(),
                List.of(new TextFile("a.txt", "1"), new TextFile("a.txt", "2"))));
    }
}
