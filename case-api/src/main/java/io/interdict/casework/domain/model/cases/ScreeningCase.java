package io.interdict.casework.domain.model.cases;

import io.interdict.casework.domain.model.audit.AuditAction;
import io.interdict.casework.domain.model.audit.AuditRecord;
import io.interdict.casework.domain.model.audit.RecordedChanges;
import io.interdict.casework.domain.model.screening.ScreenedParty;
import io.interdict.screening.domain.matching.Decimals;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The alerts of one screened party or transaction, worked as one case: triage by an analyst against OFAC's
 * valid-match checklist, then - when escalated - a decision by a second person. The aggregate root of casework:
 * every change goes through a method here, which refuses what the rules forbid with a {@link CaseRuleViolation}.
 *
 * <p>Each change also records its audit event - what was done, by whom, the state before and after - on the case
 * itself, so that no change can be made without one; the application hands the recorded events to the audit trail
 * in the change's transaction ({@link #takeRecordedChanges()}).
 */
@Entity
@Table(name = "screening_case")
public class ScreeningCase {

    @Id
    private UUID id;

    @Column(name = "screening_id", nullable = false)
    private UUID screeningId;

    @Embedded
    private ScreenedParty party;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private CaseStatus status;

    /** Stored as its rank, so that the queue index sorts most urgent first. */
    @Enumerated(EnumType.ORDINAL)
    @Column(name = "priority", nullable = false)
    private Priority priority;

    @Column(name = "queue", nullable = false, length = 50)
    private String queue;

    @Column(name = "assignee", length = 255)
    private String assignee;

    @Column(name = "sla_due_at", nullable = false)
    private Instant slaDueAt;

    @Column(name = "overdue", nullable = false)
    private boolean overdue;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "screeningCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("score DESC")
    private List<Alert> alerts = new ArrayList<>();

    @OneToMany(mappedBy = "screeningCase", cascade = CascadeType.ALL)
    @OrderBy("decidedAt ASC")
    private List<Decision> decisions = new ArrayList<>();

    @OneToMany(mappedBy = "screeningCase", cascade = CascadeType.ALL)
    @OrderBy("writtenAt ASC")
    private List<Comment> comments = new ArrayList<>();

    /** The audit events of changes not yet handed to the audit trail. */
    @Transient
    private final RecordedChanges recordedChanges = new RecordedChanges();

    protected ScreeningCase() {
        // for JPA
    }

    /**
     * Opens a case in the analyst queue, already prioritised: its first audited state is the state it is stored in.
     *
     * @param triage   how urgent, in which queue, due when - decided by the prioritisation table
     * @param openedBy who screened the party
     */
    public ScreeningCase(UUID screeningId, ScreenedParty party, List<Alert> alerts, TriagePlan triage,
                         String openedBy, Instant now) {
        if (alerts.isEmpty()) {
            throw new IllegalArgumentException("a case needs at least one alert");
        }
        this.id = UUID.randomUUID();
        this.screeningId = Objects.requireNonNull(screeningId, "screeningId");
        this.party = Objects.requireNonNull(party, "party");
        this.status = CaseStatus.IN_TRIAGE;
        this.priority = triage.priority();
        this.queue = triage.queue().name();
        // as the database keeps it (microseconds), so that the audited state is the stored one to the digit
        this.slaDueAt = triage.dueAt().truncatedTo(ChronoUnit.MICROS);
        this.createdAt = now;
        this.updatedAt = now;
        alerts.forEach(alert -> {
            alert.belongTo(this);
            this.alerts.add(alert);
            recorded(AuditAction.ALERT_RAISED, openedBy, "alert on " + alert.entry().key() + " ("
                    + alert.entry().version() + ") '" + alert.matchedName() + "' score " + Decimals.fixed(alert.score(), 3),
                    null, null);
        });
        recorded(AuditAction.CASE_OPENED, openedBy, "case opened for '" + party.name() + "' with " + alerts.size()
                + " alert(s); prioritisation table: " + triage.priority() + " in queue " + triage.queue()
                + ", triage due at " + triage.dueAt(), null, stateSummary());
    }

    /**
     * How a new case is to be worked: decided by the prioritisation table from its alerts.
     *
     * @param priority how urgent
     * @param queue    which analyst queue ({@code dprk}, {@code sanctions}...)
     * @param dueAt    when triage is due (the SLA)
     */
    public record TriagePlan(Priority priority, Queue queue, Instant dueAt) {
    }

    /** The user takes the case into their own work. A case someone else holds must be released first. */
    public void claim(String user, Instant now) {
        requireOpen("claim");
        if (assignee != null && !assignee.equals(user)) {
            throw new CaseRuleViolation("the case is assigned to " + assignee + "; they must release it first");
        }
        String before = stateSummary();
        assignee = user;
        touch(now);
        changed(AuditAction.CASE_CLAIMED, user, user + " claimed the case", before);
    }

    /** The assignee gives the case back to the queue. */
    public void release(String user, Instant now) {
        if (!user.equals(assignee)) {
            throw new CaseRuleViolation("only the assignee can release the case");
        }
        String before = stateSummary();
        assignee = null;
        touch(now);
        changed(AuditAction.CASE_RELEASED, user, user + " released the case to the queue", before);
    }

    /**
     * A manager gives the case to another analyst (or back to the queue when {@code analyst} is empty). Only while
     * the case is in triage: once the analyst's decision is recorded the case is no longer theirs to hand on. The
     * reason is required and goes into the audit trail.
     */
    public void reassign(String manager, Optional<String> analyst, String reason, Instant now) {
        requireStatus(CaseStatus.IN_TRIAGE, "reassign");
        if (reason == null || reason.isBlank()) {
            throw new CaseRuleViolation("a reassignment needs a reason");
        }
        String to = analyst.map(String::strip).filter(a -> !a.isEmpty()).orElse(null);
        if (Objects.equals(to, assignee)) {
            throw new CaseRuleViolation(to == null ? "the case is already in the queue"
                    : "the case is already assigned to " + to);
        }
        String before = stateSummary();
        String from = assignee == null ? "the queue" : assignee;
        assignee = to;
        touch(now);
        changed(AuditAction.CASE_REASSIGNED, manager, manager + " reassigned the case from " + from + " to "
                + (to == null ? "the queue" : to) + ": " + reason.strip(), before);
    }

    /**
     * The analyst's triage decision. A rationale is always required; the checklist must be fully answered, and a
     * false positive is refused where the checklist's own answers call for escalation.
     */
    public Decision triage(String analyst, TriageOutcome outcome, String rationale, ValidMatchChecklist checklist,
                           Instant now) {
        requireStatus(CaseStatus.IN_TRIAGE, "triage");
        requireRationale(rationale);
        Objects.requireNonNull(checklist, "checklist");
        if (!checklist.unanswered().isEmpty()) {
            throw new CaseRuleViolation("the valid-match checklist is incomplete: " + checklist.unanswered());
        }
        if (outcome == TriageOutcome.FALSE_POSITIVE) {
            checklist.forbidsFalsePositive().ifPresent(reason -> {
                throw new CaseRuleViolation("cannot close as a false positive: " + reason);
            });
        }
        String before = stateSummary();
        Decision decision = record(DecisionStep.TRIAGE, outcome.name(), analyst, rationale, checklist, now);
        status = outcome == TriageOutcome.FALSE_POSITIVE ? CaseStatus.CLOSED_FALSE_POSITIVE : CaseStatus.ESCALATED;
        assignee = null;
        changed(AuditAction.CASE_TRIAGED, analyst, analyst + " triaged " + outcome + ": " + decision.rationale()
                + " [checklist: " + checklist + "]", before);
        return decision;
    }

    /**
     * A manager's decision on the escalation. Never the analyst who escalated (four eyes), whatever roles they
     * hold. {@code RETURN} sends the case back to triage with the rationale as a comment.
     */
    public Decision decideEscalation(String manager, EscalationOutcome outcome, String rationale, Instant now) {
        requireStatus(CaseStatus.ESCALATED, "decide the escalation of");
        requireRationale(rationale);
        FourEyesPolicy.requireSecondPerson(escalatedBy().orElse(null), manager);
        String before = stateSummary();
        Decision decision = record(DecisionStep.ESCALATION, outcome.name(), manager, rationale, null, now);
        status = switch (outcome) {
            case BLOCK -> CaseStatus.BLOCK_APPROVED;
            case REJECT -> CaseStatus.REJECT_APPROVED;
            case RETURN -> CaseStatus.IN_TRIAGE;
        };
        if (outcome == EscalationOutcome.RETURN) {
            comments.add(new Comment(this, manager, now, "Returned to triage: " + rationale.strip()));
        }
        assignee = null;
        changed(AuditAction.ESCALATION_DECIDED, manager, manager + " decided " + outcome + ": "
                + decision.rationale(), before);
        return decision;
    }

    public Comment comment(String author, String text, Instant now) {
        if (text == null || text.isBlank()) {
            throw new CaseRuleViolation("a comment needs text");
        }
        String before = stateSummary();
        Comment comment = new Comment(this, author, now, text.strip());
        comments.add(comment);
        touch(now);
        changed(AuditAction.CASE_COMMENTED, author, comment.text(), before);
        return comment;
    }

    /**
     * A list version put in force no longer holds the entries of some of the case's alerts. Noted on the case, for
     * whoever decides it: a delisting does not decide the case by itself (the party may still match another entry,
     * and what happened while the entry was listed stays reportable).
     *
     * @param entries the entries removed ({@code us-ofac-sdn:424})
     */
    public Comment entriesRemovedFromList(String actor, List<String> entries, String version, Instant now) {
        String before = stateSummary();
        Comment note = new Comment(this, actor, now, "List update: " + String.join(", ", entries)
                + (entries.size() == 1 ? " is" : " are") + " no longer listed in version " + version
                + " put in force; review whether this case still stands.");
        comments.add(note);
        touch(now);
        changed(AuditAction.CASE_ENTRY_DELISTED, actor, note.text(), before);
        return note;
    }

    /**
     * Triage is past its SLA: the case is marked overdue and its priority raised one level, once. False when there
     * was nothing to mark (triage done, or marked before).
     *
     * @param actor who noticed (the workflow's timer)
     */
    public boolean markTriageOverdue(String actor, Instant now) {
        if (status != CaseStatus.IN_TRIAGE || overdue) {
            return false;
        }
        String before = stateSummary();
        overdue = true;
        priority = priority.raised();
        touch(now);
        changed(AuditAction.TRIAGE_OVERDUE, actor, "triage SLA passed at " + slaDueAt + "; priority raised to "
                + priority, before);
        return true;
    }

    /**
     * An approved BLOCK or REJECT is handed over to blocking and OFAC reporting (31 CFR 501.603 / 501.604: ten
     * business days). The register and the report are their own piece of work; the hand-over is on the record.
     */
    public void handOverToReporting(String actor, Instant now) {
        String report = switch (status) {
            case BLOCK_APPROVED -> "BLOCK approved: handed over for the report of blocked property (31 CFR 501.603)";
            case REJECT_APPROVED -> "REJECT approved: handed over for the report of rejected transaction"
                    + " (31 CFR 501.604)";
            default -> throw new CaseRuleViolation("cannot hand a case that is " + status + " over to reporting");
        };
        String before = stateSummary();
        touch(now);
        changed(AuditAction.HANDED_OVER_TO_REPORTING, actor, report + ", due within 10 business days", before);
    }

    /** The case's state in one line, as the audit trail records it before and after a change. */
    public String stateSummary() {
        return "status=" + status + ", priority=" + priority + ", queue=" + queue + ", assignee="
                + (assignee == null ? "none" : assignee) + ", slaDueAt=" + slaDueAt + (overdue ? ", overdue" : "")
                + ", decisions=" + decisions.size() + ", comments=" + comments.size();
    }

    /** Links the case to the workflow instance that routes it. */
    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** The analyst of the latest escalation still in force. */
    public Optional<String> escalatedBy() {
        for (int i = decisions.size() - 1; i >= 0; i--) {
            if (decisions.get(i).isEscalation()) {
                return Optional.of(decisions.get(i).actor());
            }
        }
        return Optional.empty();
    }

    /**
     * The audit events of the changes made since they were last taken, in the order made; taken once. The
     * application appends them to the audit trail in the transaction of the change.
     */
    public List<AuditRecord> takeRecordedChanges() {
        return recordedChanges.take();
    }

    private void changed(AuditAction action, String actor, String detail, String before) {
        recorded(action, actor, detail, before, stateSummary());
    }

    private void recorded(AuditAction action, String actor, String detail, String before, String after) {
        recordedChanges.record(action, actor, id, detail, before, after);
    }

    private Decision record(DecisionStep step, String outcome, String actor, String rationale,
                            ValidMatchChecklist checklist, Instant now) {
        Decision decision = new Decision(this, step, outcome, actor, now, rationale.strip(), checklist);
        decisions.add(decision);
        touch(now);
        return decision;
    }

    private void requireOpen(String action) {
        if (!status.isOpen()) {
            throw new CaseRuleViolation("cannot " + action + " a case that is " + status);
        }
    }

    private void requireStatus(CaseStatus expected, String action) {
        if (status != expected) {
            throw new CaseRuleViolation("cannot " + action + " a case that is " + status + " (it must be "
                    + expected + ")");
        }
    }

    private static void requireRationale(String rationale) {
        if (rationale == null || rationale.isBlank()) {
            throw new CaseRuleViolation("a decision needs a rationale");
        }
    }

    private void touch(Instant now) {
        updatedAt = now;
    }

    public CaseId id() {
        return new CaseId(id);
    }

    public UUID screeningId() {
        return screeningId;
    }

    public ScreenedParty party() {
        return party;
    }

    public CaseStatus status() {
        return status;
    }

    public Priority priority() {
        return priority;
    }

    public Queue queue() {
        return new Queue(queue);
    }

    public Optional<String> assignee() {
        return Optional.ofNullable(assignee);
    }

    public Instant slaDueAt() {
        return slaDueAt;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<String> processInstanceId() {
        return Optional.ofNullable(processInstanceId);
    }

    public List<Alert> alerts() {
        return Collections.unmodifiableList(alerts);
    }

    public List<Decision> decisions() {
        return Collections.unmodifiableList(decisions);
    }

    public List<Comment> comments() {
        return Collections.unmodifiableList(comments);
    }
}
