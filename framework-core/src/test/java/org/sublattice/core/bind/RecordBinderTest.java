package org.sublattice.core.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sublattice.api.Param;
import org.sublattice.api.run.Grid;
import org.sublattice.core.yaml.YamlReader;

class RecordBinderTest {
    enum Mode { FAST, VERY_SLOW }

    public record Inner(@Param(value = "count", min = 1) int count) {
    }

    public record Sample(
            @Param(value = "temperature", unit = "K", min = 0, minExclusive = true) Grid temperature,
            @Param(value = "mode", defaultValue = "fast") Mode mode,
            @Param(value = "inner", defaultValue = "{count: 3}") Inner inner,
            @Param(value = "names", defaultValue = Param.OPTIONAL) List<String> names,
            @Param(value = "mu", defaultValue = Param.OPTIONAL) Map<String, Double> chemicalPotential,
            @Param(value = "file", defaultValue = Param.OPTIONAL) Optional<Path> modelFile) {
        public Sample {
            if (names.contains("bad")) {
                throw new IllegalArgumentException("name 'bad' is not allowed");
            }
        }
    }

    @TempDir
    Path dir;

    private Problems problems = new Problems();

    private Optional<Sample> bind(String yaml) throws Exception {
        problems = new Problems();
        return new RecordBinder(dir).bind(new YamlReader().read(yaml, "p.yaml"), Sample.class, "", problems);
    }

    @Test
    void defaultsFillMissingKeysAndKebabKeysMapToComponents() throws Exception {
        Files.writeString(dir.resolve("m.txt"), "x");
        Sample s = bind("temperature: {from: 100, to: 300, step: 100}\nmode: very-slow\nchemical-potential: {Li: -0.2}\nmodel-file: m.txt\n").orElseThrow();
        assertEquals(Grid.of(100, 200, 300), s.temperature());
        assertEquals(Mode.VERY_SLOW, s.mode());
        assertEquals(3, s.inner().count());
        assertEquals(List.of(), s.names());
        assertEquals(-0.2, s.chemicalPotential().get("Li"));
        assertEquals(dir.resolve("m.txt"), s.modelFile().orElseThrow());
    }

    @Test
    void everyProblemIsReportedAtOnceWithLocationAndPath() throws Exception {
        Optional<Sample> s = bind("temperature: -5\nmode: slowly\ninner: {count: 0}\nnames: [a, 1]\nmodel-file: nope.txt\ncolour: red\n");
        assertTrue(s.isEmpty());
        List<String> msgs = problems.list().stream().map(Problem::toString).toList();
        assertEquals(5, msgs.size(), String.join("\n", msgs));
        assertTrue(msgs.get(0).startsWith("p.yaml:1:14: temperature: must be > 0 K, got -5"), msgs.get(0));
        assertTrue(msgs.get(1).contains("p.yaml:2:7: mode: unknown value 'slowly'; allowed: fast, very-slow"), msgs.get(1));
        assertTrue(msgs.get(2).contains("inner.count: must be >= 1, got 0"), msgs.get(2));
        assertTrue(msgs.get(3).contains("model-file: file not found: 'nope.txt'"), msgs.get(3));
        assertTrue(msgs.get(4).contains("p.yaml:6:1: colour: unknown key 'colour'"), msgs.get(4));
    }

    @Test
    void wrongTypesAndMissingKeysNameWhatWasExpected() throws Exception {
        bind("temperature: hot\ninner: 3\n");
        String all = problems.list().toString();
        assertTrue(all.contains("temperature: expected a number, got string 'hot'"), all);
        assertTrue(all.contains("inner: expected a mapping, got integer 3"), all);
        bind("mode: fast\n");
        assertTrue(problems.list().get(0).message().contains("missing required key 'temperature' (temperature, K)"), problems.list().toString());
    }

    @Test
    void constructorChecksAndNearestKeyAreReported() throws Exception {
        bind("temperature: 300\nnames: [bad]\n");
        assertEquals("name 'bad' is not allowed", problems.list().get(0).message());
        bind("temperatur: 300\n");
        assertTrue(problems.list().toString().contains("did you mean 'temperature'?"), problems.list().toString());
    }
}
