package io.interdict.casework.domain.model.rescreening;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Where re-screening runs and the parties they found are kept. */
public interface RescreeningRepository {

    void store(Rescreening rescreening);

    Optional<Rescreening> find(RescreeningId id);

    /** The latest run started by putting this version in force, if any. */
    Optional<Rescreening> latestFor(io.interdict.casework.domain.model.lists.ListVersionId version);

    /** Runs a stopped server left scanning, screening or failed: what start-up takes up again. */
    List<Rescreening> resumable();

    /** The party keys the run has found already (a resumed scan adds none of them again). */
    Set<String> partyKeys(RescreeningId id);

    void add(RescreeningItem item);

    Optional<RescreeningItem> item(UUID itemId);

    /** Up to {@code limit} of the run's pending items after {@code position}, in position order. */
    List<PendingItem> pendingItemsAfter(RescreeningId id, int position, int limit);

    /** A party waiting to be re-screened, and its place in the run. */
    record PendingItem(UUID id, int position) {
    }

    long pendingItems(RescreeningId id);

    long items(RescreeningId id);
}
