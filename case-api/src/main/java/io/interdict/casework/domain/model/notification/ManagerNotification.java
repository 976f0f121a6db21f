package io.interdict.casework.domain.model.notification;

import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.CaseRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A message to the managers about one case or one report to OFAC (the annual report is about no single case), open
 * until one of them acknowledges it. The inbox is shared by the
 * manager group, as the escalation queue is: one acknowledgement answers it for all, and names who did.
 */
@Entity
@Table(name = "manager_notification")
public class ManagerNotification {

    @Id
    private UUID id;

    @Column(name = "case_id")
    private UUID caseId;

    @Column(name = "report_id")
    private UUID reportId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private NotificationKind kind;

    @Column(name = "message", nullable = false, length = 1000)
    private String message;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "acknowledged_by", length = 255)
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Version
    private long version;

    protected ManagerNotification() {
        // for JPA
    }

    public ManagerNotification(CaseId caseId, NotificationKind kind, String message, Instant createdAt) {
        this(caseId.value(), null, kind, message, createdAt);
    }

    private ManagerNotification(UUID caseId, UUID reportId, NotificationKind kind, String message, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.reportId = reportId;
        this.kind = kind;
        this.message = message.length() > 1000 ? message.substring(0, 1000) : message;
        this.createdAt = createdAt;
    }

    /** A message about a report, naming its case when it has one. */
    public static ManagerNotification aboutReport(Optional<CaseId> caseId, UUID reportId, NotificationKind kind,
                                                  String message, Instant createdAt) {
        return new ManagerNotification(caseId.map(CaseId::value).orElse(null), reportId, kind, message, createdAt);
    }

    /** @throws CaseRuleViolation when a manager acknowledged it before */
    public void acknowledge(String manager, Instant now) {
        if (acknowledgedBy != null) {
            throw new CaseRuleViolation("notification " + id + " was acknowledged by " + acknowledgedBy + " at "
                    + acknowledgedAt);
        }
        this.acknowledgedBy = manager;
        this.acknowledgedAt = now;
    }

    public UUID id() {
        return id;
    }

    /** The case it is about; empty for a message about the annual report. */
    public Optional<CaseId> caseId() {
        return Optional.ofNullable(caseId).map(CaseId::new);
    }

    /** The report it is about, if it is about one. */
    public Optional<UUID> reportId() {
        return Optional.ofNullable(reportId);
    }

    public NotificationKind kind() {
        return kind;
    }

    public String message() {
        return message;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<String> acknowledgedBy() {
        return Optional.ofNullable(acknowledgedBy);
    }

    public Optional<Instant> acknowledgedAt() {
        return Optional.ofNullable(acknowledgedAt);
    }
}
