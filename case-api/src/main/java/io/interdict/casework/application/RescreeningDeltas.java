package io.interdict.casework.application;

import io.interdict.casework.domain.model.lists.ListVersionId;
import io.interdict.casework.domain.model.lists.ListVersionLog;
import io.interdict.casework.domain.model.lists.StoredListVersion;
import io.interdict.casework.domain.model.rescreening.Rescreening;
import io.interdict.casework.domain.model.rescreening.RescreeningId;
import io.interdict.screening.domain.model.list.ListDiff;
import io.interdict.screening.domain.model.list.SanctionsList;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The delta of each re-screening under way: the one the activation computed, or, for a run a restart left
 * unfinished, the same delta computed again from the two versions' files in the version log.
 */
@ApplicationScoped
public class RescreeningDeltas {

    @Inject
    ListVersionLog log;

    @Inject
    ListVersionArchive archive;

    @Inject
    ActiveLists activeLists;

    private final Map<RescreeningId, RescreeningDelta> known = new ConcurrentHashMap<>();

    void remember(RescreeningId id, ListDiff diff) {
        known.put(id, RescreeningDelta.of(diff, activeLists));
    }

    /** Reads the stored versions when the run is not one this server started. */
    public RescreeningDelta of(Rescreening rescreening) {
        return known.computeIfAbsent(rescreening.id(), id -> computed(rescreening));
    }

    /** The run ended: its index is no longer needed. */
    void forget(RescreeningId id) {
        known.remove(id);
    }

    private RescreeningDelta computed(Rescreening rescreening) {
        SanctionsList version = read(rescreening.versionId());
        ListDiff diff = rescreening.replacedVersionId().map(this::read).map(version::diffAgainst)
                .orElseGet(() -> ListDiff.firstVersion(version));
        return RescreeningDelta.of(diff, activeLists);
    }

    private SanctionsList read(ListVersionId id) {
        StoredListVersion version = log.find(id).orElseThrow(() -> new ListVersionNotFound(id));
        return archive.read(version.source(), version.label(), log.zip(id));
    }
}
