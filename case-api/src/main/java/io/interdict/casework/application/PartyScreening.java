package io.interdict.casework.application;

import io.interdict.casework.domain.model.audit.AuditAction;
import io.interdict.casework.domain.model.audit.AuditRecord;
import io.interdict.casework.domain.model.audit.AuditTrail;
import io.interdict.casework.domain.model.cases.Alert;
import io.interdict.casework.domain.model.cases.AlertReasons;
import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.screening.ListEntryRef;
import io.interdict.casework.domain.model.screening.ScreenedParty;
import io.interdict.casework.domain.model.screening.ScreeningOutcome;
import io.interdict.casework.domain.model.screening.ScreeningRequest;
import io.interdict.casework.domain.model.screening.ScreeningRequestRepository;
import io.interdict.casework.domain.model.suppression.AcceptedFalseHits;
import io.interdict.casework.domain.model.suppression.SuppressionKey;
import io.interdict.screening.domain.matching.Hit;
import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.entry.ListEntry;
import io.interdict.screening.domain.model.list.ListVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Screens a party: matches it against the active lists and, by its reference, against the ownership data (OFAC's
 * 50 percent rule), leaves out hits an analyst accepted as false for this party before, opens a case for the rest
 * ({@link CaseOpening}), and records the screening so that a repeated request with
 * the same idempotency key is answered the same without screening or creating anything again.
 */
@ApplicationScoped
public class PartyScreening {

    private static final Jsonb JSON = CaseworkJson.JSONB;

    @Inject
    ActiveLists activeLists;

    @Inject
    ScreeningRequestRepository screenings;

    @Inject
    ScreeningReplays replays;

    @Inject
    CaseOpening caseOpening;

    @Inject
    AcceptedFalseHits acceptedFalseHits;

    @Inject
    AuditTrail auditTrail;

    @Inject
    OwnershipData ownership;

    @Inject
    Clock clock;

    /**
     * The result, also as the JSON stored with the screening (the API answers with that text rather than writing the
     * result out a second time), and whether it is the replay of an earlier request with the same key.
     */
    public record Answer(ScreeningResult result, String json, boolean replayed) {
    }

    @Transactional
    public Answer screen(ScreeningCommand command, String requestedBy, Optional<String> idempotencyKey) {
        return screen(command, requestedBy, idempotencyKey, entry -> true);
    }

    /**
     * A screening that reports only the hits on the entries {@code concerned} accepts: a delta re-screening asks
     * about the entries a new list version added or changed, and must not open a second case for hits on entries
     * the party was screened against before.
     */
    @Transactional
    public Answer screen(ScreeningCommand command, String requestedBy, Optional<String> idempotencyKey,
                         Predicate<ListEntry> concerned) {
        String fingerprint = command.fingerprint();
        Optional<Answer> earlier = replays.earlier(requestedBy, idempotencyKey, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Instant now = clock.instant();
        UUID screeningId = UUID.randomUUID();
        ScreenedParty party = command.party();
        // one whole for the screening: a version put in force meanwhile is not half seen
        ListsInForce lists = activeLists.inForce();
        Map<ListSource, ListVersion> versions = lists.versions();
        List<Hit> hits = lists.screener().screen(command.query(), ScreeningSettings.MAX_HITS,
                ScreeningSettings.threshold()).stream().filter(hit -> concerned.test(hit.entry())).toList();

        Optional<OwnedByBlockedPersons.Finding> owned = party.reference()
                .flatMap(reference -> new OwnedByBlockedPersons(ownership.register(), lists).of(reference))
                .filter(finding -> finding.comesFrom(concerned))
                .filter(finding -> hits.stream().noneMatch(hit -> hit.entry().key().equals(finding.root().key())));

        List<ScreeningResult.HitView> alerted = new ArrayList<>();
        List<ScreeningResult.HitView> suppressed = new ArrayList<>();
        List<Alert> alerts = new ArrayList<>();
        Set<SuppressionKey> accepted = hits.isEmpty() && owned.isEmpty() ? Set.of() : acceptedFor(party);
        for (Hit hit : hits) {
            String entryFingerprint = activeLists.fingerprintOf(hit.entry());
            String version = versions.get(hit.entry().source()).label();
            AlertReasons reasons = AlertReasons.of(hit);
            ScreeningResult.HitView view = HitViews.of(hit, version, reasons);
            if (isAccepted(accepted, hit.entry(), entryFingerprint)) {
                suppressed.add(view);
                continue;
            }
            alerted.add(view);
            alerts.add(Alert.raisedBy(hit, new ListEntryRef(hit.entry().source().key(), hit.entry().sourceId(), version,
                    entryFingerprint), reasons));
        }
        owned.ifPresent(finding -> {
            String entryFingerprint = activeLists.fingerprintOf(finding.root());
            Alert alert = finding.alert(entryFingerprint, versions.get(finding.root().source()).label());
            if (isAccepted(accepted, finding.root(), entryFingerprint)) {
                suppressed.add(HitViews.of(alert));
            } else {
                alerted.add(HitViews.of(alert));
                alerts.add(alert);
            }
        });

        CaseId caseId = alerts.isEmpty() ? null : caseOpening.open(screeningId, party, alerts, requestedBy, now);
        UUID openedCase = caseId == null ? null : caseId.value();
        ScreeningOutcome outcome = caseId == null ? ScreeningOutcome.CLEAR : ScreeningOutcome.HIT;
        ScreeningResult result = new ScreeningResult(screeningId, outcome, openedCase, alerted, suppressed,
                versions.values().stream().map(v -> v.source().key() + " " + v.label()).sorted().toList());
        String json = JSON.toJson(result);
        screenings.store(new ScreeningRequest(screeningId, idempotencyKey.orElse(null), fingerprint, requestedBy, now,
                party, outcome, openedCase, json));
        auditTrail.append(AuditRecord.of(requestedBy, AuditAction.PARTY_SCREENED, screeningId,
                "screened '" + party.name() + "': " + outcome + ", " + alerted.size() + " hit(s), "
                        + suppressed.size() + " suppressed as accepted false hits")
                .withStates(null, "outcome=" + outcome + (caseId == null ? "" : ", case=" + caseId)));
        return new Answer(result, json, false);
    }

    /** Whether the entry, as it is now, is among the party's accepted false hits (all of which are this party's). */
    private static boolean isAccepted(Set<SuppressionKey> accepted, ListEntry entry, String entryFingerprint) {
        return accepted.stream().anyMatch(key -> key.listEntryKey().equals(entry.key())
                && key.entryFingerprint().equals(entryFingerprint));
    }

    /** The hits accepted as false for this party as it is now (only a party with a reference can have any). */
    private Set<SuppressionKey> acceptedFor(ScreenedParty party) {
        return party.reference().map(reference -> acceptedFalseHits.acceptedFor(reference, party.fingerprint()))
                .orElse(Set.of());
    }

}
