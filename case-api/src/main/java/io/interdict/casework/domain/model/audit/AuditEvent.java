package io.interdict.casework.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One state change, as the audit trail keeps it: who did what to which subject, when, what it was before and after,
 * chained by hash to the event before it. Immutable: there is no setter, and the repository has no update or delete.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    /** Position in the chain: 1 for the first event, then each next event one more. */
    @Id
    @Column(name = "id")
    private long sequence;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 255)
    private String actor;

    @Column(name = "action", nullable = false, length = 100)
    private String action;

    @Column(name = "subject_type", nullable = false, length = 100)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, length = 255)
    private String subjectId;

    @Column(name = "detail", length = 4000)
    private String detail;

    @Column(name = "before_state", length = 4000)
    private String before;

    @Column(name = "after_state", length = 4000)
    private String after;

    @Column(name = "previous_hash", columnDefinition = "char(64)")
    private String previousHash;

    @Column(name = "hash", nullable = false, columnDefinition = "char(64)")
    private String hash;

    protected AuditEvent() {
        // for JPA
    }

    private AuditEvent(long sequence, Instant occurredAt, AuditRecord record, String previousHash) {
        this.sequence = sequence;
        // stored to the microsecond by both databases: hash exactly what will be read back
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.actor = record.actor();
        this.action = record.action();
        this.subjectType = record.subjectType();
        this.subjectId = record.subjectId();
        this.detail = record.detail();
        this.before = record.before();
        this.after = record.after();
        this.previousHash = previousHash;
        this.hash = AuditChain.hashOf(this);
    }

    /** The event that follows {@code previous} in the chain ({@code null} for the very first event). */
    public static AuditEvent following(AuditEvent previous, Instant occurredAt, AuditRecord record) {
        return following(previous == null ? ChainHead.EMPTY : previous.asHead(), occurredAt, record);
    }

    /** The event that continues the chain from its current head. */
    public static AuditEvent following(ChainHead head, Instant occurredAt, AuditRecord record) {
        Objects.requireNonNull(record, "record");
        return new AuditEvent(head.sequence() + 1, occurredAt, record, head.hash());
    }

    /** The chain's head once this event is appended. */
    public ChainHead asHead() {
        return new ChainHead(sequence, hash);
    }

    public long sequence() {
        return sequence;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }

    public String detail() {
        return detail;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
