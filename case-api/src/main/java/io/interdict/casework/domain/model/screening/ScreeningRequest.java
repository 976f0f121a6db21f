package io.interdict.casework.domain.model.screening;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A screening as it was asked for and answered. Kept so that a repeated request with the same idempotency key gets
 * the same answer without screening again, and so that an examiner can see what was screened when.
 */
@Entity
@Table(name = "screening_request")
public class ScreeningRequest {

    @Id
    private UUID id;

    @Column(name = "idempotency_key", length = 200)
    private String idempotencyKey;

    /** Hash of the request body: the same key with a different body is a client error, not a repeat. */
    @Column(name = "request_fingerprint", nullable = false, length = 64)
    private String requestFingerprint;

    @Column(name = "requested_by", nullable = false, length = 255)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Embedded
    private ScreenedParty party;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 10)
    private ScreeningOutcome outcome;

    @Column(name = "case_id")
    private UUID caseId;

    /** The answer as it was given, replayed verbatim for a repeated request. */
    @Column(name = "result", nullable = false, length = 100000)
    private String result;

    protected ScreeningRequest() {
        // for JPA
    }

    public ScreeningRequest(UUID id, String idempotencyKey, String requestFingerprint, String requestedBy,
                            Instant requestedAt, ScreenedParty party, ScreeningOutcome outcome, UUID caseId,
                            String result) {
        this.id = id;
        this.idempotencyKey = idempotencyKey;
        this.requestFingerprint = requestFingerprint;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.party = party;
        this.outcome = outcome;
        this.caseId = caseId;
        this.result = result;
    }

    public UUID id() {
        return id;
    }

    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    public String requestFingerprint() {
        return requestFingerprint;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public ScreenedParty party() {
        return party;
    }

    public ScreeningOutcome outcome() {
        return outcome;
    }

    public Optional<UUID> caseId() {
        return Optional.ofNullable(caseId);
    }

    public String result() {
        return result;
    }
}
