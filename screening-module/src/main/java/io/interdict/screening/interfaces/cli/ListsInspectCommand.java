package io.interdict.screening.interfaces.cli;

import io.interdict.screening.application.ListsDirectory;
import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.Identifier;
import io.interdict.screening.domain.model.entry.IdentifierType;
import io.interdict.screening.domain.model.entry.ListEntry;
import io.interdict.screening.domain.model.entry.NameStrength;
import io.interdict.screening.domain.model.list.ListFormatException;
import io.interdict.screening.domain.model.list.SanctionsList;
import io.interdict.screening.infrastructure.lists.ListFormats;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code interdict lists inspect DIR}: which version of each list a lists directory would load, what it holds, how
 * long reading took, and why newer versions were passed over. Exit 2 (message on stderr) on a malformed file.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Load the newest complete version of each list in DIR and describe it.")
public final class ListsInspectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "a lists directory laid out like shared/data/lists")
    private Path directory;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        ListsDirectory.LoadedLists loaded;
        try {
            loaded = new ListsDirectory(ListFormats.all()).load(directory);
        } catch (ListFormatException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("interdict lists inspect: " + e.getMessage());
            return 2;
        }
        long wall = (System.nanoTime() - start) / 1_000_000;
        for (ListsDirectory.ListLoad load : loaded.loads()) {
            describe(out, load);
        }
        if (!loaded.skipped().isEmpty()) {
            out.println("skipped:");
            loaded.skipped().forEach(s -> out.println("  " + s));
        }
        int entries = loaded.lists().stream().mapToInt(SanctionsList::size).sum();
        out.printf("total: %,d entries in %d lists, loaded in %,d ms (lists read in parallel)%n",
                entries, loaded.loads().size(), wall);
        out.flush();
        return 0;
    }

    private void describe(PrintWriter out, ListsDirectory.ListLoad load) {
        SanctionsList list = load.list();
        out.printf("%s  %s%n", list.source().key(), list.source().title());
        out.printf("  version      %s (%s)%n", list.version().label(), directory.relativize(load.location()));
        out.printf("  published    %s%n", list.version().publishDate().map(Object::toString).orElse("not stated in the files"));
        out.printf("  sha256       %s%n", list.version().sha256());
        out.printf("  files        %s%n", String.join(", ", list.version().files()));
        out.printf("  entries      %,d (%s)%n", list.size(), byType(list));
        out.printf("  names        %s%n", names(list));
        out.printf("  identifiers  %s%n", identifiers(list));
        out.printf("  read in      %,d ms (%,d ms of processor time)%n", load.readTime().toMillis(), load.cpuTime().toMillis());
    }

    private static String byType(SanctionsList list) {
        Map<EntityType, Integer> counts = list.countsByType();
        return counts.entrySet().stream().map(e -> e.getKey().key() + " " + String.format("%,d", e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String names(SanctionsList list) {
        Map<NameStrength, Long> counts = new EnumMap<>(NameStrength.class);
        list.entries().stream().flatMap(e -> e.names().stream()).forEach(n -> counts.merge(n.strength(), 1L, Long::sum));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return String.format("%,d (primary %,d, strong aliases %,d, weak aliases %,d)", total,
                counts.getOrDefault(NameStrength.PRIMARY, 0L), counts.getOrDefault(NameStrength.STRONG, 0L),
                counts.getOrDefault(NameStrength.WEAK, 0L));
    }

    private static String identifiers(SanctionsList list) {
        Map<IdentifierType, Long> counts = list.entries().stream().flatMap((ListEntry e) -> e.identifiers().stream())
                .collect(Collectors.groupingBy(Identifier::type, () -> new EnumMap<>(IdentifierType.class), Collectors.counting()));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return String.format("%,d", total) + (counts.isEmpty() ? "" : " (" + counts.entrySet().stream()
                .map(e -> e.getKey().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + String.format("%,d", e.getValue()))
                .collect(Collectors.joining(", ")) + ")");
    }
}
