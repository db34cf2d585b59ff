package org.sublattice.plugin.clex;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** shared/data/casm-sige beside the checkout (52 relaxed VASP Si–Ge calculations from CASM's tutorials), read in place. */
final class SiGeData {
    private SiGeData() {
    }

    /** The directory; skips the calling test if there is no shared/data above the working directory. */
    static Path dir() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path data = d.resolve("shared/data/casm-sige");
            if (Files.isDirectory(d.resolve("shared/data"))) {
                assumeTrue(Files.isRegularFile(data.resolve("SiGe_training_data.json")), "shared/data/casm-sige is missing");
                return data;
            }
        }
        assumeTrue(false, "no shared/data above " + Path.of("").toAbsolutePath() + "; Si–Ge fit tests skipped");
        throw new AssertionError();
    }
}
