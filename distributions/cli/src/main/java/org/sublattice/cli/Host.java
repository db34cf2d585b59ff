package org.sublattice.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sublattice.core.plugin.ComponentRegistry;
import org.sublattice.core.plugin.Discovery;
import org.sublattice.core.plugin.PluginHost;
import org.sublattice.core.plugin.PluginProblem;
import org.sublattice.core.settings.Settings;
import org.sublattice.core.settings.SettingsLoader;

/** Settings, discovered plugins and the component registry of one command invocation. */
final class Host {
    final Settings settings;
    final Discovery discovery;
    final ComponentRegistry registry;
    final Optional<Path> pluginDirectory;
    final String mode;

    private Host(Settings settings, Discovery discovery, ComponentRegistry registry, Optional<Path> pluginDirectory, String mode) {
        this.settings = settings;
        this.discovery = discovery;
        this.registry = registry;
        this.pluginDirectory = pluginDirectory;
        this.mode = mode;
    }

    static Host start(CommonOptions o) {
        Map<String, String> sets = new LinkedHashMap<>(o.sets);
        if (o.plugins != null) {
            sets.putIfAbsent("plugins.dir", o.plugins.toString());
        }
        Optional<Path> userFile = Optional.ofNullable(o.settingsFile);
        if (o.settingsFile != null && !o.settingsFile.toFile().isFile()) {
            throw new org.sublattice.api.InvalidInputException("settings file not found: " + o.settingsFile);
        }
        Settings settings = SettingsLoader.load(sets, System.getProperties(), System.getenv(),
                userFile.or(() -> Optional.of(SettingsLoader.defaultUserFile(System.getenv()))));
        Optional<Path> dir = settings.pluginsDir().or(() -> Optional.ofNullable(System.getProperty("sublattice.home"))
                .map(h -> Path.of(h, "plugins")));
        Module self = Host.class.getModule();
        Discovery d;
        String mode;
        if (self.isNamed()) {
            mode = "module";
            ModuleLayer boot = self.getLayer();
            d = PluginHost.discoverModules(boot, dir.orElse(null));
        } else {
            mode = "classpath";
            d = PluginHost.discoverClasspath(Host.class.getClassLoader(), dir.orElse(null));
        }
        ComponentRegistry registry = ComponentRegistry.build(d.plugins());
        return new Host(settings, d, registry, dir, mode);
    }

    /** Problems with plugins, for printing. */
    List<String> pluginReport() {
        List<String> out = new ArrayList<>();
        for (PluginProblem p : discovery.skipped()) {
            out.add("skipped plugin " + p);
        }
        for (PluginProblem p : registry.skipped()) {
            out.add("skipped plugin " + p);
        }
        for (String w : discovery.warnings()) {
            out.add("warning: " + w);
        }
        return out;
    }

    void printPluginProblems(PrintWriter err) {
        for (String line : pluginReport()) {
            err.println(line);
        }
    }
}
