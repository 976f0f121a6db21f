package io.interdict.casework.domain.model.batch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A file of parties submitted for screening at once. Its items are screened by a batch job, a chunk at a time; the
 * counters here are advanced in each chunk's transaction, so they always agree with the items' own state.
 */
@Entity
@Table(name = "screening_batch")
public class ScreeningBatch {

    @Id
    private UUID id;

    @Column(name = "submitted_by", nullable = false, length = 255)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_format", nullable = false, length = 10)
    private SourceFormat format;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private BatchStatus status;

    /** Items accepted for screening. */
    @Column(name = "total", nullable = false)
    private int total;

    @Column(name = "screened", nullable = false)
    private int screened;

    @Column(name = "hits", nullable = false)
    private int hits;

    @Column(name = "rejected", nullable = false)
    private int rejected;

    /** The batch job's execution screening it now (or last); a resumed batch gets a new one. */
    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    /** How many job executions have worked on it: more than one means it was resumed after a restart. */
    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "failure", length = 2000)
    private String failure;

    protected ScreeningBatch() {
        // for JPA
    }

    public ScreeningBatch(UUID id, String submittedBy, Instant submittedAt, SourceFormat format, int total,
                          int rejected) {
        this.id = id;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.format = format;
        this.total = total;
        this.rejected = rejected;
        this.status = total == 0 ? BatchStatus.COMPLETED : BatchStatus.QUEUED;
        this.finishedAt = total == 0 ? submittedAt : null;
    }

    /** A job execution took the batch up (the first, or one resuming it after a restart). */
    public void started(long executionId, Instant now) {
        if (!status.resumable()) {
            throw new IllegalStateException("batch " + id + " is " + status + ": it is not screened again");
        }
        this.finishedAt = null;
        this.jobExecutionId = executionId;
        this.attempts++;
        this.status = BatchStatus.RUNNING;
        if (startedAt == null) {
            startedAt = now;
        }
    }

    /** One chunk's items were screened; called in that chunk's transaction. */
    public void advance(int screenedItems, int hitItems) {
        screened += screenedItems;
        hits += hitItems;
    }

    public void completed(Instant now) {
        status = BatchStatus.COMPLETED;
        finishedAt = now;
    }

    public void failed(String reason, Instant now) {
        status = BatchStatus.FAILED;
        failure = reason == null ? null : reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        finishedAt = now;
    }

    public String stateSummary() {
        return "status=" + status + ", total=" + total + ", screened=" + screened + ", hits=" + hits
                + ", rejected=" + rejected;
    }

    public UUID id() {
        return id;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public SourceFormat format() {
        return format;
    }

    public BatchStatus status() {
        return status;
    }

    public int total() {
        return total;
    }

    public int screened() {
        return screened;
    }

    public int hits() {
        return hits;
    }

    public int rejected() {
        return rejected;
    }

    public Optional<Long> jobExecutionId() {
        return Optional.ofNullable(jobExecutionId);
    }

    public int attempts() {
        return attempts;
    }

    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }
}
