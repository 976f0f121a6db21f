package io.interdict.casework.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One state change, as the audit trail keeps it: who did what to which subject, when, what it was before and after,
 * chained by hash to the event before it. An event is recorded in the transaction of the change it describes, and
 * sealed shortly after by the trail's single writer: sealing gives it its place in the chain and its hash, once.
 * Apart from that seal it is immutable: there is no setter, and the repository has no update or delete.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    /**
     * The order events were recorded in (not the chain's order: transactions commit in another order). From a
     * sequence handed out in blocks, so that a change's events are inserted in one batch.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_record")
    @SequenceGenerator(name = "audit_event_record", sequenceName = "audit_event_record_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    /** Position in the chain: 1 for the first event, then each next event one more; null until sealed. */
    @Column(name = "chain_position")
    private Long sequence;

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

    @Column(name = "hash", columnDefinition = "char(64)")
    private String hash;

    protected AuditEvent() {
        // for JPA
    }

    private AuditEvent(Instant occurredAt, AuditRecord record) {
        Objects.requireNonNull(record, "record");
        // stored to the microsecond by both databases: hash exactly what will be read back
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.actor = record.actor();
        this.action = record.action().name();
        this.subjectType = record.subjectType();
        this.subjectId = record.subjectId();
        this.detail = record.detail();
        this.before = record.before();
        this.after = record.after();
    }

    /** The record, as it happened, not yet in the chain. */
    public static AuditEvent recorded(Instant occurredAt, AuditRecord record) {
        return new AuditEvent(occurredAt, record);
    }

    /**
     * Seals this event as the next of the chain after {@code head}: its position, the previous hash and its own
     * hash are fixed from now on. Sealing twice would fork the chain, so it is refused.
     */
    public void sealAfter(ChainHead head) {
        if (sealed()) {
            throw new IllegalStateException("audit event " + id + " is already sealed at position " + sequence);
        }
        this.sequence = head.sequence() + 1;
        this.previousHash = head.hash();
        this.hash = AuditChain.hashOf(this);
    }

    public boolean sealed() {
        return hash != null;
    }

    /** The chain's head once this event is sealed. */
    public ChainHead asHead() {
        if (!sealed()) {
            throw new IllegalStateException("audit event " + id + " is not sealed yet");
        }
        return new ChainHead(sequence, hash);
    }

    /** The order in which events were recorded; null until stored. */
    public Long id() {
        return id;
    }

    /** The event's position in the chain; null until sealed. */
    public Long sequence() {
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
