package io.interdict.casework.application;

import io.interdict.casework.domain.model.rescreening.Rescreening;
import io.interdict.casework.domain.model.rescreening.RescreeningId;
import io.interdict.casework.domain.model.rescreening.RescreeningItem;
import io.interdict.casework.domain.model.rescreening.RescreeningRepository;
import io.interdict.casework.domain.model.rescreening.RescreeningStatus;
import io.interdict.casework.domain.model.screening.ScreeningRequestRepository;
import io.interdict.casework.domain.model.screening.ScreeningRequestRepository.StoredParty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * The first step of a delta re-screening: reads every party ever screened, a page at a time, each distinct party
 * once (the same customer screened daily is one party), matches it against the entries added or changed alone, and
 * keeps those that could match one, or that listed persons it added or changed own 50 % or more of, as the run's
 * items. Matching a party against a few entries costs a fraction of a screening, so the whole book is read but only
 * the parties that could match are re-screened.
 */
@ApplicationScoped
public class RescreeningScan {

    static final int PAGE = 1000;

    @Inject
    ScreeningRequestRepository screenings;

    @Inject
    RescreeningRepository rescreenings;

    @Inject
    RescreeningProgress progress;

    @Inject
    RescreeningDeltas deltas;

    @Inject
    OwnershipData ownership;

    @Inject
    ActiveLists activeLists;

    /**
     * Scans unless the run is past its scan (a resumed run that had finished it).
     *
     * @param stopped asked between pages: true when the job is being stopped, which leaves the scan to a resumption
     * @return whether the scan is complete
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean scan(RescreeningId id, BooleanSupplier stopped) {
        Rescreening run = progress.run(id);
        if (run.status() != RescreeningStatus.SCANNING) {
            return true;
        }
        RescreeningDelta delta = deltas.of(run);
        double threshold = ScreeningSettings.threshold();
        OwnedByBlockedPersons owned = new OwnedByBlockedPersons(ownership.register(), activeLists.inForce());
        // a resumed scan reads from the first party again, and keeps none twice
        Set<String> kept = rescreenings.partyKeys(id);
        Set<String> seen = new HashSet<>();
        int position = kept.size();
        Optional<UUID> after = Optional.empty();
        for (List<StoredParty> page = screenings.partiesAfter(after, PAGE); !page.isEmpty();
             page = screenings.partiesAfter(after, PAGE)) {
            if (stopped.getAsBoolean()) {
                return false;
            }
            List<RescreeningItem> found = new ArrayList<>();
            int distinct = 0;
            for (StoredParty stored : page) {
                ScreeningCommand party = ScreeningCommand.of(stored.party());
                // a hash of the whole party: computed once, it is the scan's cost after the matching itself
                String key = party.fingerprint();
                if (!seen.add(key)) {
                    continue;
                }
                distinct++;
                if (!kept.contains(key) && (delta.couldMatch(party.query(), threshold)
                        || ownedThroughAChangedEntry(owned, stored, delta))) {
                    found.add(new RescreeningItem(id, ++position, key, stored.party()));
                }
            }
            progress.pageScanned(id, distinct, found);
            after = Optional.of(page.get(page.size() - 1).screeningId());
        }
        progress.scanEnded(id);
        return true;
    }

    /** A party blocked by ownership through an entry the version added or changed could be a new hit too. */
    private static boolean ownedThroughAChangedEntry(OwnedByBlockedPersons owned, StoredParty stored,
                                                     RescreeningDelta delta) {
        return stored.party().reference().flatMap(owned::of).filter(finding -> finding.comesFrom(delta::concerns))
                .isPresent();
    }
}
