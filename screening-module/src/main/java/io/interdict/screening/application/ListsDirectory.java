package io.interdict.screening.application;

import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.list.ListFormat;
import io.interdict.screening.domain.model.list.ListFormatException;
import io.interdict.screening.domain.model.list.SanctionsList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads a lists directory laid out like {@code shared/data/lists}: one folder per list ({@link ListSource#folder()}),
 * holding versions as dated sub-folders ({@code 2023-12-28/}, {@code 2025-12-19_csv/}) or files. For each list it
 * takes the newest <em>complete</em> version, newest by the date its name starts with (names without one come last),
 * and says why it passed over any newer one: a folder holding part of a CSV set is never read, since a list missing
 * its aliases or remarks would screen worse without anyone noticing. Lists are read in parallel; a malformed file
 * fails the whole load with its {@link ListFormatException}, so a caller never gets part of a list.
 */
public final class ListsDirectory {

    private static final Pattern DATED = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

    private final List<ListFormat> formats;

    public ListsDirectory(List<ListFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    /** Which version of each list {@link #load} would read, and the reasons newer ones were passed over. */
    public Selection select(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("lists directory " + directory + " does not exist or is not a directory");
        }
        List<VersionChoice> chosen = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (ListSource source : ListSource.values()) {
            Path folder = directory.resolve(source.folder());
            if (!Files.isDirectory(folder)) {
                skipped.add(source.key() + ": no folder " + source.folder() + "/ in " + directory);
                continue;
            }
            choose(source, folder, skipped).ifPresent(chosen::add);
        }
        return new Selection(chosen, skipped);
    }

    /** Reads the selected version of every list, in parallel. */
    public LoadedLists load(Path directory) {
        Selection selection = select(directory);
        return new LoadedLists(readAll(selection.chosen()), selection.skipped());
    }

    private Optional<VersionChoice> choose(ListSource source, Path folder, List<String> skipped) {
        String where = source.key() + ": " + source.folder() + "/";
        for (Path candidate : newestFirst(folder)) {
            String name = candidate.getFileName().toString();
            Optional<ListFormat> format = formats.stream()
                    .filter(f -> f.source() == source && f.recognises(candidate)).findFirst();
            if (format.isEmpty()) {
                skipped.add(where + name + " skipped: not a version of this list in any format Interdict reads");
                continue;
            }
            Optional<String> gap = format.get().incompleteness(candidate);
            if (gap.isPresent()) {
                skipped.add(where + name + " skipped: " + gap.get());
                continue;
            }
            return Optional.of(new VersionChoice(source, candidate, format.get()));
        }
        skipped.add(where + " no complete version found");
        return Optional.empty();
    }

    private static List<Path> newestFirst(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing((Path p) -> datePrefix(p).orElse(""))
                            .thenComparing(p -> p.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static Optional<String> datePrefix(Path path) {
        Matcher m = DATED.matcher(path.getFileName().toString());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static List<ListLoad> readAll(List<VersionChoice> choices) {
        if (choices.isEmpty()) {
            return List.of();
        }
        int threads = Math.min(choices.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            // the biggest versions start first, so that none is left running alone at the end
            List<VersionChoice> bigFirst = choices.stream()
                    .sorted(Comparator.comparingLong((VersionChoice c) -> size(c.location())).reversed()).toList();
            Map<VersionChoice, Future<ListLoad>> futures = new LinkedHashMap<>();
            bigFirst.forEach(c -> futures.put(c, pool.submit(() -> read(c))));
            List<ListLoad> loads = new ArrayList<>();
            for (VersionChoice choice : choices) {
                loads.add(await(futures.get(choice)));
            }
            return loads;
        } finally {
            pool.shutdownNow();
        }
    }

    private static ListLoad read(VersionChoice choice) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        SanctionsList list = choice.format().read(choice.location());
        return new ListLoad(list, choice.location(), Duration.ofNanos(System.nanoTime() - start),
                Duration.ofNanos(Math.max(0, threads.getCurrentThreadCpuTime() - cpu)));
    }

    /** Bytes in a version file or folder: a rough measure of how long it takes to read. */
    private static long size(Path location) {
        try (Stream<Path> files = Files.walk(location)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static ListLoad await(Future<ListLoad> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading lists", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The version picked for one list, and the format that reads it. */
    public record VersionChoice(ListSource source, Path location, ListFormat format) {
    }

    /** The versions picked, one per list found, and why other versions were passed over. */
    public record Selection(List<VersionChoice> chosen, List<String> skipped) {
        public Selection {
            chosen = List.copyOf(chosen);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * One list read: the list, where it was read from, how long reading took, and the processor time the reading
     * thread used (the part of the time that does not depend on what else the machine is doing).
     */
    public record ListLoad(SanctionsList list, Path location, Duration readTime, Duration cpuTime) {
    }

    /** Every list read, in {@link ListSource} order, and the skip messages. */
    public record LoadedLists(List<ListLoad> loads, List<String> skipped) {
        public LoadedLists {
            loads = List.copyOf(loads);
            skipped = List.copyOf(skipped);
        }

        public List<SanctionsList> lists() {
            return loads.stream().map(ListLoad::list).toList();
        }

        public Optional<SanctionsList> list(ListSource source) {
            return lists().stream().filter(l -> l.source() == source).findFirst();
        }
    }
}
