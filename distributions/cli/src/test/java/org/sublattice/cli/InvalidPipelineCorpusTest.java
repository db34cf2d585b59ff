package org.sublattice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under pipelines/invalid states in its first lines what the message must say
 * ({@code # expect:}) and where ({@code # at: line[:column]}); validation must exit with 2 and
 * print a message of at most one screen that names the file and that location.
 */
class InvalidPipelineCorpusTest {
    static final int SCREEN_LINES = 24;

    static Path dir(String name) {
        try {
            return Path.of(InvalidPipelineCorpusTest.class.getResource("/pipelines/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Path> corpus() throws IOException {
        try (Stream<Path> s = Files.list(dir("invalid"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @Test
    void theCorpusHasAtLeastFifteenCases() throws IOException {
        assertTrue(corpus().count() >= 15);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void invalidPipelineGivesExitCodeTwoAndAOneScreenMessageWithItsLocation(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String expect = lines.get(0).replaceFirst("^# expect: ", "");
        String at = lines.get(1).replaceFirst("^# at: ", "");
        Cli r = Cli.run("validate", file.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains(expect), "expected '" + expect + "' in:\n" + r.err());
        assertTrue(r.err().contains(file + ":" + at + (at.contains(":") ? ":" : "")) || r.err().contains(file + ":" + at + ":"),
                "expected location " + file + ":" + at + " in:\n" + r.err());
        assertTrue(r.err().lines().count() <= SCREEN_LINES, "more than one screen:\n" + r.err());
        assertTrue(!r.err().contains("\tat "), "stack trace shown without --debug:\n" + r.err());
    }

    @Test
    void theValidPipelineValidates() {
        Cli r = Cli.run("validate", dir("valid-ising.yaml").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("pipeline 'ising-valid' is valid: 2 stage(s), 5 chain(s)"), r.out());
    }

    @Test
    void aMissingPipelineFileIsInvalidInput() {
        Cli r = Cli.run("validate", "no/such/pipeline.yaml");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("pipeline file not found: no/such/pipeline.yaml"), r.err());
    }

    @Test
    void settingsOverridesAreValidatedLikeTheFileAndNamedBySource() {
        Cli r = Cli.run("validate", dir("valid-ising.yaml").toString(), "--set", "pipeline.stages.sweep.conditions.temperature=-3");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--set pipeline.stages.sweep.conditions.temperature: stages[0].conditions.temperature: must be > 0 K, got -3"),
                r.err());
    }
}
