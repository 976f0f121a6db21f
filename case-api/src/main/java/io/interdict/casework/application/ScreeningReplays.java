package io.interdict.casework.application;

import io.interdict.casework.domain.model.screening.ScreeningRequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Idempotent screenings: a request repeated with the same key is answered with the stored answer, verbatim, and
 * screens and creates nothing again; the same key with another request is refused.
 */
@ApplicationScoped
public class ScreeningReplays {

    private static final Jsonb JSON = CaseworkJson.JSONB;

    @Inject
    ScreeningRequestRepository screenings;

    /**
     * The earlier answer to this client's request under the key, if there is one.
     *
     * @throws IdempotencyConflict when the key was used for another request
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<PartyScreening.Answer> earlier(String requestedBy, Optional<String> key, String fingerprint) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return screenings.byIdempotencyKey(requestedBy, key.get()).map(earlier -> {
            if (!earlier.requestFingerprint().equals(fingerprint)) {
                throw new IdempotencyConflict(key.get());
            }
            String json = earlier.result();
            return new PartyScreening.Answer(JSON.fromJson(json, ScreeningResult.class), json, true);
        });
    }
}
