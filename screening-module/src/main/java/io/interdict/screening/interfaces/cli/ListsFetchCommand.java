package io.interdict.screening.interfaces.cli;

import io.interdict.screening.application.ListFetch;
import io.interdict.screening.application.ListVersionFiles;
import io.interdict.screening.application.ListsDirectory;
import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.list.Publication;
import io.interdict.screening.infrastructure.lists.HttpDownload;
import io.interdict.screening.infrastructure.lists.ListFormats;
import io.interdict.screening.infrastructure.lists.OfficialPublications;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code interdict lists fetch DIR}: downloads the current files of each list from its publisher into a dated folder
 * of the lists directory DIR, validated in full before the folder takes its name. The addresses are the publishers'
 * own unless a properties file gives others ({@code --publishers}). Exit 0 when every list was fetched or was
 * unchanged, 2 when one was refused (the reason on stderr) or the arguments are wrong.
 */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = "Download the current version of each list from its publisher into a dated folder of DIR.")
public final class ListsFetchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "the lists directory (one folder per list)")
    private Path directory;

    @Option(names = "--list", paramLabel = "KEY",
            description = "only this list (us-ofac-sdn, us-ofac-cons, un-sc, uk-ofsi, us-csl); repeatable")
    private List<String> lists = new ArrayList<>();

    @Option(names = "--publishers", paramLabel = "FILE",
            description = "a properties file of addresses, <list>.<file>=<url>, in place of the publishers' own")
    private Path publishers;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "the date the new versions are named by (default: today, UTC)")
    private String asOf;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<ListSource, Publication> publications;
        List<ListSource> chosen;
        String label;
        try {
            publications = publishers == null ? OfficialPublications.defaults()
                    : OfficialPublications.withOverrides(read(publishers));
            chosen = lists.isEmpty() ? List.of(ListSource.values()) : lists.stream().map(key -> ListSource.byKey(key)
                    .orElseThrow(() -> new IllegalArgumentException("unknown list '" + key + "'"))).toList();
            label = label();
        } catch (IllegalArgumentException e) {
            err.println("interdict lists fetch: " + e.getMessage());
            return 2;
        }
        ListFetch fetch = new ListFetch(new ListVersionFiles(ListFormats.all()),
                new ListsDirectory(ListFormats.all()), new HttpDownload());
        int refused = 0;
        for (ListSource source : chosen) {
            long start = System.nanoTime();
            ListFetch.Outcome outcome = fetch.fetch(directory, publications.get(source), label);
            long millis = (System.nanoTime() - start) / 1_000_000;
            switch (outcome.result()) {
                case FETCHED -> out.printf("%s: fetched %s, %,d entries, sha256 %s, in %,d ms%n", source.key(),
                        directory.relativize(outcome.location().orElseThrow()), outcome.list().orElseThrow().size(),
                        outcome.list().orElseThrow().version().sha256().substring(0, 16), millis);
                case UNCHANGED -> out.printf("%s: unchanged, the same files as %s%n", source.key(),
                        directory.relativize(outcome.location().orElseThrow()));
                case REFUSED -> {
                    refused++;
                    err.printf("interdict lists fetch: %s refused, nothing stored: %s%n", source.key(),
                            outcome.reason());
                }
            }
        }
        out.flush();
        err.flush();
        return refused == 0 ? 0 : 2;
    }

    private String label() {
        if (asOf == null) {
            return LocalDate.now(ZoneOffset.UTC).toString();
        }
        try {
            return LocalDate.parse(asOf).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--as-of '" + asOf + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
        return properties;
    }
}
