package io.interdict.screening.interfaces.cli;

import io.interdict.screening.application.ListsDirectory;
import io.interdict.screening.application.Screener;
import io.interdict.screening.domain.matching.FeatureWeights;
import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.list.ListFormat;
import io.interdict.screening.infrastructure.lists.ListFormats;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * The {@code --lists} and {@code --sources} options of the commands that screen ({@code screen}, {@code check},
 * {@code bench}), mixed into each with picocli's {@code @Mixin}: one declaration, one help text. Loads and indexes
 * those lists with the feature weights the system properties override ({@code -Dinterdict.matching.weight.<feature>=...}),
 * and says what it loaded on stderr.
 */
final class ListsOption {

    // the field names make the help's labels (<lists>, <sources>)
    @Option(names = "--lists", required = true, description = "lists directory laid out like shared/data/lists")
    Path lists;

    @Option(names = "--sources", defaultValue = REQUIRED,
            description = "lists to load: required (us-ofac-sdn,us-ofac-cons,un-sc; the default), all, or keys, comma-separated")
    String sources;

    /** Loads and indexes the chosen lists, reporting each list read and the index built on {@code err}. */
    Screener.Loaded load(PrintStream err) {
        Set<ListSource> wanted = parseSources(sources);
        // read before the lists, so that a misspelt weight stops the command at once
        FeatureWeights weights = FeatureWeights.fromSystemProperties();
        List<ListFormat> formats = ListFormats.all().stream().filter(f -> wanted.contains(f.source())).toList();
        Screener.Loaded loaded = Screener.load(new ListsDirectory(formats), lists, weights);
        for (var load : loaded.lists().loads()) {
            err.printf("loaded %s %s: %,d entries (%d ms)%n", load.list().source().key(), load.location(),
                    load.list().size(), load.readTime().toMillis());
        }
        if (loaded.lists().loads().isEmpty()) {
            throw new IllegalArgumentException("no list could be loaded from " + lists + ": "
                    + String.join("; ", loaded.lists().skipped()));
        }
        err.printf("indexed %,d entries, %,d names in %d ms (reading took %d ms)%n", loaded.screener().entryCount(),
                loaded.screener().engine().nameIndex().nameCount(), loaded.screener().indexTime().toMillis(),
                loaded.readTime().toMillis());
        return loaded;
    }

    /** The {@code --sources} value that means the lists the batch contract requires. */
    static final String REQUIRED = "required";

    private static Set<ListSource> parseSources(String sources) {
        if (sources == null || sources.isBlank() || sources.equals(REQUIRED)) {
            return Screener.REQUIRED_SOURCES;
        }
        if (sources.equals("all")) {
            return Set.of(ListSource.values());
        }
        return Arrays.stream(sources.split(",")).map(String::strip)
                .map(k -> ListSource.byKey(k).orElseThrow(() -> new IllegalArgumentException("unknown list '" + k
                        + "'; known: " + Arrays.stream(ListSource.values()).map(ListSource::key)
                        .collect(Collectors.joining(", ")))))
                .collect(Collectors.toSet());
    }
}
