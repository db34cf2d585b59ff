package org.sublattice.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sublattice.core.plugin.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sublattice plugins}: what is installed and what was skipped. */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "List the components of the installed plugins (id, role, plugin, version, jar, mode) and any jar that was skipped.")
final class PluginsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        Host host = Host.start(options);
        PrintWriter out = spec.commandLine().getOut();
        String fmt = "%-24s %-12s %-26s %-16s %-40s %s%n";
        out.printf(fmt, "ID", "ROLE", "PLUGIN", "VERSION", "JAR", "MODE");
        for (Component c : host.registry.all().stream()
                .sorted(java.util.Comparator.comparing((Component x) -> x.role()).thenComparing(Component::id)).toList()) {
            out.printf(fmt, c.id(), c.role().yamlName(), c.plugin().plugin().name(), c.plugin().version(), c.plugin().source(),
                    c.plugin().mode());
        }
        if (host.registry.all().isEmpty()) {
            out.println("(no plugins found" + host.pluginDirectory.map(d -> " in " + d).orElse("") + ")");
        }
        host.printPluginProblems(spec.commandLine().getErr());
        return 0;
    }
}
