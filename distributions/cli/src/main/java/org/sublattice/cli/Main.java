package org.sublattice.cli;

import java.io.PrintWriter;
import org.sublattice.api.InvalidInputException;
import picocli.CommandLine;

/** Entry point of the {@code sublattice} command. Exit codes: 0 ok, 2 invalid input, 1 failure. */
public final class Main {
    /** Exit code for invalid user input (pipeline, settings, arguments). */
    public static final int INVALID_INPUT = 2;
    /** Exit code for failures that are not the user's input. */
    public static final int FAILURE = 1;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(out, err);
        return cl.execute(args);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new SublatticeCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage());
            ex.getCommandLine().getErr().println("see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'");
            return INVALID_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean debug = parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"))
                    || parseResult.hasMatchedOption("--debug");
            PrintWriter e = commandLine.getErr();
            if (ex instanceof InvalidInputException) {
                e.println("error: " + ex.getMessage());
                if (debug) {
                    ex.printStackTrace(e);
                }
                return INVALID_INPUT;
            }
            e.println("failed: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (debug) {
                ex.printStackTrace(e);
            } else {
                e.println("(run again with --debug for the stack trace)");
            }
            return FAILURE;
        });
        return cl;
    }
}
