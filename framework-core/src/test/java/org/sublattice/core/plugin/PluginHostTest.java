package org.sublattice.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sublattice.api.ApiVersion;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.Role;

class PluginHostTest {
    @TempDir
    Path work;

    private Discovery discover() {
        return PluginHost.discoverModules(PluginHost.class.getModule().getLayer(), work.resolve("plugins"));
    }

    @Test
    void pluginJarsInTheDirectoryLoadInAChildLayer() throws Exception {
        TestPluginJars.build(work, "test.alpha", "alpha-analyzer", ApiVersion.current(), null);
        Discovery d = discover();
        assertEquals(List.of(), d.skipped());
        assertEquals(1, d.plugins().size());
        LoadedPlugin p = d.plugins().get(0);
        assertEquals("test.alpha.jar", p.source());
        assertEquals("module", p.mode());
        assertEquals("9.9.9", p.version());
        assertTrue(p.plugin().getClass().getModule().getLayer() != PluginHost.class.getModule().getLayer());
        ComponentRegistry r = ComponentRegistry.build(d.plugins());
        assertEquals(List.of("alpha-analyzer"), r.ids(Role.ANALYZER));
    }

    @Test
    void aBrokenJarIsReportedAndSkippedWhileTheOthersLoad() throws Exception {
        TestPluginJars.build(work, "test.good", "good-analyzer", ApiVersion.current(), null);
        TestPluginJars.build(work, "test.needy", "needy-analyzer", ApiVersion.current(), "no.such.module");
        Files.write(work.resolve("plugins/corrupt.jar"), new byte[] {1, 2, 3, 4, 5});
        Discovery d = discover();
        assertEquals(List.of("test.good.jar"), d.plugins().stream().map(LoadedPlugin::source).toList());
        String skipped = d.skipped().toString();
        assertTrue(skipped.contains("corrupt.jar: unreadable module"), skipped);
        assertTrue(skipped.contains("test.needy.jar: cannot be resolved") && skipped.contains("no.such.module"), skipped);
    }

    @Test
    void aPluginBuiltAgainstAnIncompatibleApiIsRefusedNamingJarAndBothVersions() throws Exception {
        TestPluginJars.build(work, "test.old", "old-analyzer", (ApiVersion.MAJOR + 1) + ".0", null);
        TestPluginJars.build(work, "test.undeclared", "undeclared-analyzer", null, null);
        Discovery d = discover();
        assertEquals(List.of(), d.plugins());
        String skipped = d.skipped().toString();
        assertTrue(skipped.contains("test.old.jar: built against Sublattice API " + (ApiVersion.MAJOR + 1) + ".0, but this host implements API "
                + ApiVersion.current()), skipped);
        assertTrue(skipped.contains("test.undeclared.jar: declares no Sublattice-Api-Version"), skipped);
    }

    @Test
    void duplicateComponentIdsStopStartUpNamingBothJars() throws Exception {
        TestPluginJars.build(work, "test.one", "same-id", ApiVersion.current(), null);
        TestPluginJars.build(work, "test.two", "same-id", ApiVersion.current(), null);
        Discovery d = discover();
        assertEquals(2, d.plugins().size());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ComponentRegistry.build(d.plugins()));
        assertTrue(e.getMessage().contains("component id 'same-id' is contributed by both test.one.jar (test.one) and test.two.jar (test.two)"),
                e.getMessage());
    }

    @Test
    void aPluginWhoseBindingsFailIsSkippedAndReportedWhileTheOthersWork() throws Exception {
        TestPluginJars.build(work, "test.fine", "fine-analyzer", ApiVersion.current(), null);
        TestPluginJars.build(work, "test.unwired", "unwired-analyzer", ApiVersion.current(), null, false);
        ComponentRegistry r = ComponentRegistry.build(discover().plugins());
        assertEquals(List.of("fine-analyzer"), r.ids(Role.ANALYZER));
        assertEquals(1, r.skipped().size());
        assertTrue(r.skipped().get(0).toString().startsWith("test.unwired.jar: Guice bindings failed"), r.skipped().toString());
    }

    @Test
    void aMissingPluginDirectoryFindsNothingAndComplainsAboutNothing() {
        Discovery d = PluginHost.discoverModules(PluginHost.class.getModule().getLayer(), work.resolve("absent"));
        assertEquals(List.of(), d.plugins());
        assertEquals(List.of(), d.skipped());
    }
}
