package io.interdict.screening.interfaces.cli;

import picocli.CommandLine.Command;

/** {@code interdict lists ...}: look at list files and versions without screening anything. */
@Command(name = "lists",
        mixinStandardHelpOptions = true,
        description = "Inspect a lists directory, compare two versions of a list, or fetch the current ones.",
        subcommands = {ListsInspectCommand.class, ListsDiffCommand.class, ListsFetchCommand.class})
public final class ListsCommand implements Runnable {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
