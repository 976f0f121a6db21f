package io.interdict.casework.application;

import io.interdict.casework.domain.model.cases.Alert;
import io.interdict.casework.domain.model.screening.ScreenedParty;
import io.interdict.casework.domain.model.screening.ScreeningOutcome;
import io.interdict.casework.domain.model.screening.ScreeningRequest;
import io.interdict.casework.domain.model.screening.ScreeningRequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The answer of a screening that raised its alerts in one case (a trade transaction, a payment message): written
 * once as the client reads it, and stored with the request under its idempotency key, so that a replay answers the
 * very same text.
 */
@ApplicationScoped
public class ScreeningAnswers {

    private static final Jsonb JSON = CaseworkJson.JSONB;

    @Inject
    ScreeningRequestRepository screenings;

    /**
     * @param caseId the case the alerts opened; null when there were none
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PartyScreening.Answer kept(UUID screeningId, Optional<String> idempotencyKey, String fingerprint,
                                      String requestedBy, Instant now, ScreenedParty party, List<Alert> alerts,
                                      UUID caseId, ListsInForce lists) {
        ScreeningOutcome outcome = caseId == null ? ScreeningOutcome.CLEAR : ScreeningOutcome.HIT;
        ScreeningResult result = new ScreeningResult(screeningId, outcome, caseId,
                alerts.stream().map(HitViews::of).toList(), List.of(),
                lists.versions().values().stream().map(v -> v.source().key() + " " + v.label()).sorted().toList());
        String json = JSON.toJson(result);
        screenings.store(new ScreeningRequest(screeningId, idempotencyKey.orElse(null), fingerprint, requestedBy, now,
                party, outcome, caseId, json));
        return new PartyScreening.Answer(result, json, false);
    }
}
