package io.interdict.screening.interfaces.cli;

import io.interdict.screening.application.EntryChanges;
import io.interdict.screening.application.ListVersionFiles;
import io.interdict.screening.application.ListsDirectory;
import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.entry.ListEntry;
import io.interdict.screening.domain.model.list.ListDiff;
import io.interdict.screening.domain.model.list.ListFormatException;
import io.interdict.screening.domain.model.list.SanctionsList;
import io.interdict.screening.infrastructure.lists.ListFormats;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code interdict lists diff OLD NEW}: what changed between two versions of one list (added, removed and changed
 * entries, and for changed ones which parts). OLD and NEW may also be two lists directories (the layout of
 * {@code ../shared/data/lists}: a folder per list, a version per subfolder or file): then the newest complete version
 * of each list in one is compared with that in the other, list by list. Exit 2 (message on stderr) on a malformed
 * or incomplete version, versions of two different lists, or two lists directories with no list in common.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two versions (version folders or files) of the same list, or two lists directories"
                + " list by list.")
public final class ListsDiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD", description = "the older version: a version folder or a list file")
    private Path older;

    @Parameters(index = "1", paramLabel = "NEW", description = "the newer version of the same list")
    private Path newer;

    @Option(names = "--list", paramLabel = "KEY",
            description = "the list both are versions of (us-ofac-sdn, us-ofac-cons, un-sc, uk-ofsi, us-csl), when "
                    + "their folders do not say")
    private String list;

    @Option(names = "--show", paramLabel = "N", defaultValue = "10",
            description = "how many added, removed and changed entries to show (default ${DEFAULT-VALUE})")
    private int show;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (isListsDirectory(older) && isListsDirectory(newer)) {
            return diffDirectories();
        }
        ListDiff diff;
        try {
            Optional<ListSource> source = list == null ? Optional.empty() : Optional.of(ListSource.byKey(list)
                    .orElseThrow(() -> new IllegalArgumentException("unknown list '" + list + "'")));
            ListVersionFiles versions = new ListVersionFiles(ListFormats.all());
            SanctionsList before = versions.read(older, source);
            SanctionsList after = versions.read(newer, source);
            if (after.source() != before.source()) {
                throw new IllegalArgumentException("OLD is a version of " + before.source().key() + " but NEW of "
                        + after.source().key() + ": only versions of one list can be compared");
            }
            diff = ListDiff.between(before, after);
        } catch (ListFormatException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("interdict lists diff: " + e.getMessage());
            return 2;
        }
        print(spec.commandLine().getOut(), diff);
        return 0;
    }

    /** A lists directory holds a folder named as one of the lists' folders ({@code ofac_sdn}, {@code un_sc_...}). */
    private static boolean isListsDirectory(Path path) {
        return Files.isDirectory(path) && Arrays.stream(ListSource.values())
                .anyMatch(source -> Files.isDirectory(path.resolve(source.folder())));
    }

    /** Each list's newest complete version in OLD against the same list's in NEW; lists in one only are named. */
    private Integer diffDirectories() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            ListsDirectory lists = new ListsDirectory(ListFormats.all());
            ListsDirectory.LoadedLists before = lists.load(older);
            ListsDirectory.LoadedLists after = lists.load(newer);
            int compared = 0;
            for (ListSource source : ListSource.values()) {
                Optional<SanctionsList> old = before.list(source);
                Optional<SanctionsList> updated = after.list(source);
                if (old.isPresent() && updated.isPresent()) {
                    print(out, ListDiff.between(old.get(), updated.get()));
                    compared++;
                } else if (old.isPresent() || updated.isPresent()) {
                    out.printf("%s: only in %s (%s)%n", source.key(), old.isPresent() ? "OLD" : "NEW",
                            old.orElseGet(updated::get).version().label());
                }
            }
            out.flush();
            if (compared == 0) {
                throw new IllegalArgumentException("OLD and NEW have no list with a complete version in both");
            }
            return 0;
        } catch (ListFormatException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("interdict lists diff: " + e.getMessage());
            return 2;
        }
    }

    private void print(PrintWriter out, ListDiff diff) {
        out.printf("%s: %s (%s) -> %s (%s)%n", diff.older().source().key(), diff.older().label(),
                diff.older().sha256().substring(0, 16), diff.newer().label(), diff.newer().sha256().substring(0, 16));
        out.printf("added %,d, removed %,d, changed %,d%n", diff.added().size(), diff.removed().size(), diff.changed().size());
        section(out, "added", diff.added().size());
        diff.added().stream().limit(show).forEach(e -> out.println("  + " + line(e)));
        section(out, "removed", diff.removed().size());
        diff.removed().stream().limit(show).forEach(e -> out.println("  - " + line(e)));
        section(out, "changed", diff.changed().size());
        diff.changed().stream().limit(show).forEach(c -> {
            out.println("  ~ " + line(c.after()));
            EntryChanges.describe(c).forEach(part -> out.println("      " + part));
        });
        out.flush();
    }

    private void section(PrintWriter out, String what, int count) {
        if (count > 0) {
            out.printf("%s (%s):%n", what, count > show ? "first " + show + " of " + count : "all " + count);
        }
    }

    private static String line(ListEntry entry) {
        return entry.sourceId() + " " + entry.primaryName().text() + " [" + entry.type().key() + "; "
                + String.join(", ", entry.programmes()) + "]";
    }
}
