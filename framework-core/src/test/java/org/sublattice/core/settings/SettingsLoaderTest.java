package org.sublattice.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sublattice.api.InvalidInputException;

class SettingsLoaderTest {
    @TempDir
    Path dir;

    @Test
    void layersOverrideInOrderDefaultsFileEnvironmentSystemPropertiesSet() throws Exception {
        Path file = dir.resolve("s.properties");
        Files.writeString(file, "threads=2\noutput.root=from-file\nprogress=false\n");
        Settings fileOnly = SettingsLoader.load(Map.of(), new Properties(), Map.of(), Optional.of(file));
        assertEquals(2, fileOnly.threads());
        assertEquals(Path.of("from-file"), fileOnly.outputRoot());
        assertEquals(false, fileOnly.progress());

        Map<String, String> env = Map.of("SUBLATTICE_THREADS", "3", "SUBLATTICE_OUTPUT_ROOT", "from-env", "HOME", "/x");
        Settings withEnv = SettingsLoader.load(Map.of(), new Properties(), env, Optional.of(file));
        assertEquals(3, withEnv.threads());
        assertEquals(Path.of("from-env"), withEnv.outputRoot());

        Properties sys = new Properties();
        sys.setProperty("sublattice.threads", "4");
        sys.setProperty("sublattice.home", "/ignored");
        Settings withSys = SettingsLoader.load(Map.of(), sys, env, Optional.of(file));
        assertEquals(4, withSys.threads());

        Settings withSet = SettingsLoader.load(Map.of("threads", "5"), sys, env, Optional.of(file));
        assertEquals(5, withSet.threads());
        assertEquals(Path.of("from-env"), withSet.outputRoot());
    }

    @Test
    void defaultsApplyWithNothingElse() {
        Settings s = SettingsLoader.load(Map.of(), new Properties(), Map.of(), Optional.empty());
        assertEquals(Runtime.getRuntime().availableProcessors(), s.threads());
        assertEquals(Path.of("runs"), s.outputRoot());
        assertTrue(s.progress());
        assertTrue(s.pluginsDir().isEmpty());
    }

    @Test
    void pipelineKeysBecomeOverridesWithTheirSource() {
        Settings s = SettingsLoader.load(Map.of("pipeline.seed", "7"), new Properties(),
                Map.of("SUBLATTICE_PIPELINE_STAGES_A_CONDITIONS_CHEMICAL__POTENTIAL_LI", "-0.1"), Optional.empty());
        assertEquals("7", s.pipelineOverrides().get("seed").value());
        assertEquals("--set pipeline.seed", s.pipelineOverrides().get("seed").source());
        assertEquals("-0.1", s.pipelineOverrides().get("stages.a.conditions.chemical-potential.li").value());
    }

    @Test
    void unknownKeysAndBadValuesAreReportedWithTheirSource() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SettingsLoader.load(Map.of("thread", "2"), new Properties(), Map.of("SUBLATTICE_THREADS", "many"), Optional.empty()));
        assertTrue(e.getMessage().contains("--set thread: unknown setting 'thread'"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean 'threads'?"), e.getMessage());
        assertTrue(e.getMessage().contains("SUBLATTICE_THREADS: threads must be a whole number >= 1 or auto, got 'many'"), e.getMessage());
    }
}
