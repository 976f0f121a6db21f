package io.interdict.screening.interfaces.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The screening engine's command-line tool, run by {@code bin/interdict}. Each subcommand is its own class; add
 * new ones to {@code subcommands} below.
 */
@Command(name = "interdict",
        mixinStandardHelpOptions = true,
        version = "Interdict screening 0.1.0",
        description = "Sanctions screening from the command line: read lists, screen parties, measure.",
        subcommands = {
            CommandLine.HelpCommand.class,
            ScreenCommand.class,
            BenchCommand.class,
            CheckCommand.class,
            ListsCommand.class
        })
public final class InterdictCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // POI logs through Log4j's API; without this the tool would print a "no logging provider" warning
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests run subcommands through it exactly as {@code main} does. */
    public static CommandLine commandLine() {
        return new CommandLine(new InterdictCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
