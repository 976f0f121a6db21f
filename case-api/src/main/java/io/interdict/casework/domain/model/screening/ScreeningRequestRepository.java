package io.interdict.casework.domain.model.screening;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where screenings are kept. */
public interface ScreeningRequestRepository {

    void store(ScreeningRequest request);

    /** The screening a client already asked for under this idempotency key. Keys are scoped to the client. */
    Optional<ScreeningRequest> byIdempotencyKey(String requestedBy, String idempotencyKey);

    /**
     * The parties of up to {@code limit} stored screenings after the screening {@code after} (from the first when
     * empty), in the order of their ids: a page of a read through every party ever screened.
     */
    List<StoredParty> partiesAfter(Optional<UUID> after, int limit);

    /** A party as a stored screening holds it, with the screening's id (the page's cursor). */
    record StoredParty(UUID screeningId, ScreenedParty party) {
    }
}
