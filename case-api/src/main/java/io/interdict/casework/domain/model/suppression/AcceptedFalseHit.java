package io.interdict.casework.domain.model.suppression;

import io.interdict.casework.domain.model.cases.CaseId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One hit accepted as false: this party (by the client's reference, as it was when screened) is not this list entry
 * (in this version of the entry). Both fingerprints are part of the key, so a change on either side lapses it.
 */
@Entity
@Table(name = "accepted_false_hit")
public class AcceptedFalseHit {

    @Id
    private UUID id;

    @Column(name = "party_reference", nullable = false, length = 200)
    private String partyReference;

    @Column(name = "party_fingerprint", nullable = false, length = 64)
    private String partyFingerprint;

    @Column(name = "list_entry_key", nullable = false, length = 80)
    private String listEntryKey;

    @Column(name = "entry_fingerprint", nullable = false, length = 64)
    private String entryFingerprint;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "accepted_by", nullable = false, length = 255)
    private String acceptedBy;

    @Column(name = "accepted_at", nullable = false)
    private Instant acceptedAt;

    protected AcceptedFalseHit() {
        // for JPA
    }

    public AcceptedFalseHit(SuppressionKey key, CaseId caseId, String acceptedBy, Instant acceptedAt) {
        this.id = UUID.randomUUID();
        this.partyReference = key.partyReference();
        this.partyFingerprint = key.partyFingerprint();
        this.listEntryKey = key.listEntryKey();
        this.entryFingerprint = key.entryFingerprint();
        this.caseId = caseId.value();
        this.acceptedBy = acceptedBy;
        this.acceptedAt = acceptedAt;
    }

    public SuppressionKey key() {
        return new SuppressionKey(partyReference, partyFingerprint, listEntryKey, entryFingerprint);
    }

    public CaseId caseId() {
        return new CaseId(caseId);
    }

    public String acceptedBy() {
        return acceptedBy;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }
}
