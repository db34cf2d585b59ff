package org.sublattice.crystal.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the read-only reference data ({@code shared/data}) that sits beside the checkout. */
final class SharedData {
    private SharedData() {
    }

    /** {@code shared/data/<relative>}; skips the calling test if no {@code shared/data} is found above the working directory. */
    static Path file(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path data = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(data)) {
                Path f = data.resolve(relative);
                assumeTrue(Files.exists(f), "reference file shared/data/" + relative + " is missing");
                return f;
            }
        }
        assumeTrue(false, "no shared/data directory above " + Path.of("").toAbsolutePath() + "; reference-file tests skipped");
        throw new AssertionError("unreachable");
    }
}
