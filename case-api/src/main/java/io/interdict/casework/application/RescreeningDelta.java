package io.interdict.casework.application;

import io.interdict.screening.application.Screener;
import io.interdict.screening.domain.matching.ScreeningQuery;
import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.entry.ListEntry;
import io.interdict.screening.domain.model.list.ListDiff;
import io.interdict.screening.domain.model.list.SanctionsList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a delta re-screening asks about: the entries a version put in force added or changed (indexed on their own,
 * so that a stored party is matched against them alone), and the entries it removed.
 *
 * @param concerned the keys of the entries added or changed: the only ones a re-screening alerts on
 * @param removed   the ids of the entries removed
 * @param index     the added and changed entries indexed; empty when there are none
 */
public record RescreeningDelta(ListSource source, Set<String> concerned, List<String> removed,
                               Optional<Screener> index) {

    /**
     * How far below the alert threshold a party may score against the added and changed entries and still be
     * re-screened. Indexed on their own, the few entries weigh words by how rarely they use them, not by how rarely
     * the whole list does, so a party's score there can fall a little short of its score against the whole index;
     * the re-screening against the whole index decides.
     */
    static final double CANDIDATE_MARGIN = 0.1;

    public RescreeningDelta {
        concerned = Set.copyOf(concerned);
        removed = List.copyOf(removed);
    }

    /** The delta of the diff, its added and changed entries indexed with {@code indexer}. */
    public static RescreeningDelta of(ListDiff diff, ActiveLists indexer) {
        List<ListEntry> entries = new ArrayList<>(diff.added());
        diff.changed().forEach(change -> entries.add(change.after()));
        Optional<Screener> index = entries.isEmpty() ? Optional.empty()
                : Optional.of(indexer.index(List.of(new SanctionsList(diff.newer(), entries))));
        return new RescreeningDelta(diff.newer().source(),
                entries.stream().map(ListEntry::key).collect(Collectors.toSet()),
                diff.removed().stream().map(ListEntry::sourceId).toList(), index);
    }

    /** Whether the party could match one of the added or changed entries: then it is re-screened. */
    public boolean couldMatch(ScreeningQuery party, double threshold) {
        return index.map(screener -> !screener.screen(party, 1, Math.max(0.01, threshold - CANDIDATE_MARGIN))
                .isEmpty()).orElse(false);
    }

    /** Whether a hit on this entry is one the re-screening reports. */
    public boolean concerns(ListEntry entry) {
        return concerned.contains(entry.key());
    }
}
