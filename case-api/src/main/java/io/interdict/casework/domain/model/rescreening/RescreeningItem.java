package io.interdict.casework.domain.model.rescreening;

import io.interdict.casework.domain.model.screening.ScreenedParty;
import io.interdict.casework.domain.model.screening.ScreeningOutcome;
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
 * A stored party the scan found could match an added or changed entry, kept as it was screened before, until it is
 * re-screened; then with the screening's outcome and the case it opened.
 */
@Entity
@Table(name = "rescreening_item")
public class RescreeningItem {

    @Id
    private UUID id;

    @Column(name = "rescreening_id", nullable = false)
    private UUID rescreeningId;

    /** The order the scan found it in: the order it is re-screened in. */
    @Column(name = "row_position", nullable = false)
    private int position;

    /** The party's fingerprint with its reference: the same party found twice is one item. */
    @Column(name = "party_key", nullable = false, length = 64)
    private String partyKey;

    @Embedded
    private ScreenedParty party;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private RescreeningItemStatus status;

    @Column(name = "screening_id")
    private UUID screeningId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 10)
    private ScreeningOutcome outcome;

    @Column(name = "case_id")
    private UUID caseId;

    @Column(name = "screened_at")
    private Instant screenedAt;

    protected RescreeningItem() {
        // for JPA
    }

    public RescreeningItem(RescreeningId rescreening, int position, String partyKey, ScreenedParty party) {
        this.id = UUID.randomUUID();
        this.rescreeningId = rescreening.value();
        this.position = position;
        this.partyKey = partyKey;
        this.party = party;
        this.status = RescreeningItemStatus.PENDING;
    }

    public void screened(UUID screening, ScreeningOutcome result, UUID openedCase, Instant now) {
        screeningId = screening;
        outcome = result;
        caseId = openedCase;
        screenedAt = now;
        status = RescreeningItemStatus.SCREENED;
    }

    public UUID id() {
        return id;
    }

    public RescreeningId rescreeningId() {
        return new RescreeningId(rescreeningId);
    }

    public int position() {
        return position;
    }

    public String partyKey() {
        return partyKey;
    }

    public ScreenedParty party() {
        return party;
    }

    public RescreeningItemStatus status() {
        return status;
    }

    public Optional<ScreeningOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    public Optional<UUID> caseId() {
        return Optional.ofNullable(caseId);
    }
}
