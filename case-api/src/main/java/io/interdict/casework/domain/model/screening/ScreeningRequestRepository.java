package io.interdict.casework.domain.model.screening;

import java.util.Optional;

/** Where screenings are kept. */
public interface ScreeningRequestRepository {

    void store(ScreeningRequest request);

    /** The screening a client already asked for under this idempotency key. Keys are scoped to the client. */
    Optional<ScreeningRequest> byIdempotencyKey(String requestedBy, String idempotencyKey);
}
