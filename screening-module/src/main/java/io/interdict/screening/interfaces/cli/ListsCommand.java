package io.interdict.screening.interfaces.cli;

import picocli.CommandLine.Command;

/** {@code interdict lists ...}: look at list files and versions without screening anything. */
@Command(name = "lists",
        mixinStandardHelpOptions = true,
        description = "Inspect a lists directory or compare two versions of a list.",
        subcommands = {ListsInspectCommand.class, ListsDiffCommand.class})
public final class ListsCommand implements Runnable {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
