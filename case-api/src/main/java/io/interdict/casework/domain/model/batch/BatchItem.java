package io.interdict.casework.domain.model.batch;

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
 * One party of a batch, kept as it was submitted until its chunk screens it, then with the screening's outcome, the
 * case it opened and its best hit.
 */
@Entity
@Table(name = "batch_item")
public class BatchItem {

    @Id
    private UUID id;

    @Column(name = "batch_id", nullable = false)
    private UUID batchId;

    /** The CSV line number (the header is line 1) or the JSON array index. */
    @Column(name = "row_position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private BatchItemStatus status;

    @Embedded
    private ScreenedParty party;

    @Column(name = "screening_id")
    private UUID screeningId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 10)
    private ScreeningOutcome outcome;

    @Column(name = "case_id")
    private UUID caseId;

    @Column(name = "best_hit_source", length = 20)
    private String bestHitSource;

    @Column(name = "best_hit_entry_id", length = 50)
    private String bestHitEntryId;

    @Column(name = "best_hit_name", length = 500)
    private String bestHitName;

    @Column(name = "best_hit_score")
    private Double bestHitScore;

    @Column(name = "screened_at")
    private Instant screenedAt;

    protected BatchItem() {
        // for JPA
    }

    public BatchItem(UUID batchId, int position, ScreenedParty party) {
        this.id = UUID.randomUUID();
        this.batchId = batchId;
        this.position = position;
        this.party = party;
        this.status = BatchItemStatus.PENDING;
    }

    /** The best hit of a screening, alerted or suppressed; none when nothing scored above the threshold. */
    public record BestHit(String source, String entryId, String name, double score) {
    }

    public void screened(UUID screeningId, ScreeningOutcome outcome, UUID caseId, Optional<BestHit> bestHit,
                         Instant now) {
        if (status == BatchItemStatus.SCREENED) {
            throw new IllegalStateException("item " + position + " of batch " + batchId + " was screened already");
        }
        this.status = BatchItemStatus.SCREENED;
        this.screeningId = screeningId;
        this.outcome = outcome;
        this.caseId = caseId;
        bestHit.ifPresent(hit -> {
            bestHitSource = hit.source();
            bestHitEntryId = hit.entryId();
            bestHitName = hit.name();
            bestHitScore = hit.score();
        });
        this.screenedAt = now;
    }

    /**
     * The idempotency key its screening is recorded under: should a chunk ever screen it twice, the second is the
     * replay of the first and opens no second case.
     */
    public String idempotencyKey() {
        return "batch:" + batchId + ":" + position;
    }

    public UUID id() {
        return id;
    }

    public UUID batchId() {
        return batchId;
    }

    public int position() {
        return position;
    }

    public BatchItemStatus status() {
        return status;
    }

    public ScreenedParty party() {
        return party;
    }

    public Optional<UUID> screeningId() {
        return Optional.ofNullable(screeningId);
    }

    public Optional<ScreeningOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    public Optional<UUID> caseId() {
        return Optional.ofNullable(caseId);
    }

    public Optional<BestHit> bestHit() {
        return bestHitScore == null ? Optional.empty()
                : Optional.of(new BestHit(bestHitSource, bestHitEntryId, bestHitName, bestHitScore));
    }
}
