package org.sublattice.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every subcommand takes. */
final class CommonOptions {
    @Option(names = "--set", paramLabel = "KEY=VALUE", mapFallbackValue = "",
            description = "Set a setting (threads, progress, output.root, plugins.dir) or override a pipeline field "
                    + "(pipeline.seed=7, pipeline.stages.<id>.conditions.temperature=400). Highest priority.")
    Map<String, String> sets = new LinkedHashMap<>();

    @Option(names = "--settings", paramLabel = "FILE",
            description = "Settings file (Java properties); default $XDG_CONFIG_HOME/sublattice/settings.properties.")
    Path settingsFile;

    @Option(names = "--plugins", paramLabel = "DIR", description = "Plugin directory (default: plugins/ of the installation).")
    Path plugins;

    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors and the final summary line.")
    boolean quiet;
}
