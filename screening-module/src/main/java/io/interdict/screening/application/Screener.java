package io.interdict.screening.application;

import io.interdict.screening.domain.matching.FeatureWeights;
import io.interdict.screening.domain.matching.Hit;
import io.interdict.screening.domain.matching.ScreeningQuery;
import io.interdict.screening.domain.matching.engine.MatchingEngine;
import io.interdict.screening.domain.model.entry.ListEntry;
import io.interdict.screening.domain.model.list.SanctionsList;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The screening use case: screen a party against the loaded lists. Built once from the lists (the index is built
 * here), then used from any number of threads.
 */
public final class Screener {

    /**
     * The lists the batch contract requires (shared/eval/README.md): every positive can be found in them. The
     * command line loads these by default because they load in about two seconds; the others can be added.
     */
    public static final java.util.Set<io.interdict.screening.domain.model.ListSource> REQUIRED_SOURCES =
            java.util.EnumSet.of(io.interdict.screening.domain.model.ListSource.US_OFAC_SDN,
                    io.interdict.screening.domain.model.ListSource.US_OFAC_CONS,
                    io.interdict.screening.domain.model.ListSource.UN_SC);

    private final List<SanctionsList> lists;
    private final MatchingEngine engine;
    private final Duration indexTime;

    /** A screener with the default feature weights. */
    public Screener(List<SanctionsList> lists) {
        this(lists, FeatureWeights.defaults());
    }

    public Screener(List<SanctionsList> lists, FeatureWeights weights) {
        this.lists = List.copyOf(lists);
        long start = System.nanoTime();
        List<ListEntry> entries = new ArrayList<>();
        for (SanctionsList list : this.lists) {
            entries.addAll(list.entries());
        }
        this.engine = new MatchingEngine(entries, weights);
        this.indexTime = Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * Loads the newest complete version of each list in {@code path} that {@code directory} has a format for, and
     * indexes them.
     */
    public static Loaded load(ListsDirectory directory, Path path) {
        return load(directory, path, FeatureWeights.defaults());
    }

    /** As {@link #load(ListsDirectory, Path)}, screening with these feature weights. */
    public static Loaded load(ListsDirectory directory, Path path, FeatureWeights weights) {
        long start = System.nanoTime();
        ListsDirectory.LoadedLists loaded = directory.load(path);
        Duration readTime = Duration.ofNanos(System.nanoTime() - start);
        return new Loaded(new Screener(loaded.lists(), weights), loaded, readTime);
    }

    /** A screener with what was loaded and how long reading took. */
    public record Loaded(Screener screener, ListsDirectory.LoadedLists lists, Duration readTime) {
    }

    /** Hits for the party, best first: at most {@code limit}, each scoring at least {@code minScore}. */
    public List<Hit> screen(ScreeningQuery query, int limit, double minScore) {
        return engine.screen(query, limit, minScore);
    }

    public List<SanctionsList> lists() {
        return lists;
    }

    public MatchingEngine engine() {
        return engine;
    }

    public int entryCount() {
        return engine.entryCount();
    }

    /** How long building the index took. */
    public Duration indexTime() {
        return indexTime;
    }
}
