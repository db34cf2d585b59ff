package org.sublattice.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code sublattice} command. */
@Command(name = "sublattice", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "First-principles statistical mechanics of alloys: run YAML pipelines of lattices, "
                + "cluster expansions (evaluated or fitted to DFT data), Monte Carlo samplers and analyzers.",
        subcommands = {RunCommand.class, FitCommand.class, ValidateCommand.class, PluginsCommand.class, DescribeCommand.class, BenchCommand.class,
                PhasesCommand.class, ReportCommand.class, EnumerateCommand.class})
final class SublatticeCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: run, fit, validate, plugins, describe, bench, phases, report or enumerate");
    }
}
