package io.interdict.casework.domain.model.reporting;

import io.interdict.casework.domain.model.audit.AuditAction;
import io.interdict.casework.domain.model.audit.AuditRecord;
import io.interdict.casework.domain.model.audit.RecordedChanges;
import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.CaseRuleViolation;
import io.interdict.casework.domain.model.cases.FourEyesViolation;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A report owed to OFAC for a case: which report, about which event, due when (the legal deadline, in business
 * days), and where it is on its way from draft through a second person's sign-off to filing. The report records its
 * own audit events, as the case does.
 */
@Entity
@Table(name = "ofac_report")
public class OfacReport {

    @Id
    private UUID id;

    /** The case it reports on; none for the annual report, which is about the whole register. */
    @Column(name = "case_id")
    private UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 30)
    private ReportType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ReportStatus status;

    /** The day property was blocked, the transaction rejected or property unblocked. */
    @Column(name = "event_date", nullable = false)
    private LocalDate eventDate;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "overdue", nullable = false)
    private boolean overdue;

    /** The register entry a blocked-property or unblocking report is about. */
    @Column(name = "blocked_property_id")
    private UUID blockedPropertyId;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    /** Everyone who drafted it, comma-separated: none of them may sign it off. */
    @Column(name = "drafted_by", length = 1000)
    private String draftedBy;

    @Column(name = "signed_off_by")
    private String signedOffBy;

    @Column(name = "signed_off_at")
    private Instant signedOffAt;

    @Column(name = "filing_reference", length = 200)
    private String filingReference;

    @Column(name = "filed_by")
    private String filedBy;

    @Column(name = "filed_at")
    private Instant filedAt;

    /** Who rejected the transaction (501.604(b)(1)); a blocked-property report names its register entry's holder. */
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "name", column = @Column(name = "reporter_name")),
        @AttributeOverride(name = "address", column = @Column(name = "reporter_address")),
        @AttributeOverride(name = "contactName", column = @Column(name = "reporter_contact_name")),
        @AttributeOverride(name = "contactEmail", column = @Column(name = "reporter_contact_email")),
        @AttributeOverride(name = "contactPhone", column = @Column(name = "reporter_contact_phone"))})
    private Institution reporter;

    @Embedded
    private RejectedTransaction rejection;

    /** The targets of a rejected transaction (501.604(b)(3)). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "ofac_report_target", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<SanctionsTarget> targets = new ArrayList<>();

    /** The June 30 an annual report is as of (at most one per day); none for the other reports. */
    @Column(name = "annual_as_of", unique = true)
    private LocalDate annualAsOf;

    /** An annual report's Part B: one row per asset held blocked on its as-of date. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "ofac_report_holding", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<ReportedHolding> holdings = new ArrayList<>();

    @Version
    private long version;

    @Transient
    private final RecordedChanges changes = new RecordedChanges();

    protected OfacReport() {
        // for JPA
    }

    private OfacReport(CaseId caseId, ReportType type, LocalDate eventDate, BusinessCalendar calendar, Instant now) {
        this.id = UUID.randomUUID();
        this.caseId = caseId == null ? null : caseId.value();
        this.type = type;
        this.status = ReportStatus.DRAFT;
        this.eventDate = eventDate;
        this.dueDate = type.dueDate(eventDate, calendar);
        this.openedAt = now;
    }

    /** The initial report of property blocked on {@code blockedOn}, about its register entry. */
    public static OfacReport ofBlockedProperty(CaseId caseId, UUID blockedPropertyId, LocalDate blockedOn,
                                               BusinessCalendar calendar, String actor, Instant now) {
        OfacReport report = new OfacReport(caseId, ReportType.BLOCKED_PROPERTY, blockedOn, calendar, now);
        report.blockedPropertyId = blockedPropertyId;
        report.opened(actor, "for blocked property " + blockedPropertyId);
        return report;
    }

    /** The report of property unblocked or transferred on {@code unblockedOn}, about its register entry. */
    public static OfacReport ofUnblocking(CaseId caseId, UUID blockedPropertyId, LocalDate unblockedOn,
                                          BusinessCalendar calendar, String actor, Instant now) {
        OfacReport report = new OfacReport(caseId, ReportType.UNBLOCKING, unblockedOn, calendar, now);
        report.blockedPropertyId = blockedPropertyId;
        report.opened(actor, "for unblocked property " + blockedPropertyId);
        return report;
    }

    /** The report of a transaction rejected on {@code rejectedOn} by {@code reporter}, against the targets. */
    public static OfacReport ofRejectedTransaction(CaseId caseId, Institution reporter, List<SanctionsTarget> targets,
                                                   LocalDate rejectedOn, BusinessCalendar calendar, String actor,
                                                   Instant now) {
        OfacReport report = new OfacReport(caseId, ReportType.REJECTED_TRANSACTION, rejectedOn, calendar, now);
        report.reporter = reporter;
        report.rejection = RejectedTransaction.toBeDrafted();
        report.targets.addAll(targets);
        report.opened(actor, "against " + targets.size() + " target(s)");
        return report;
    }

    /**
     * The annual report of all property held blocked as of {@code asOf} (a June 30), by {@code holder}, due September
     * 30: one row per asset, as the register holds them now.
     *
     * @throws CaseRuleViolation when the day is not a June 30 or nothing is held (no report is owed then)
     */
    public static OfacReport ofAnnualBlockedProperty(LocalDate asOf, Institution holder, List<ReportedHolding> held,
                                                     BusinessCalendar calendar, String actor, Instant now) {
        if (asOf.getMonth() != Month.JUNE || asOf.getDayOfMonth() != 30) {
            throw new CaseRuleViolation("the annual report of blocked property is as of June 30 (31 CFR"
                    + " 501.603(b)(2)); " + asOf + " is not a June 30");
        }
        if (held.isEmpty()) {
            throw new CaseRuleViolation("no property was held blocked on " + asOf + ": no annual report is owed");
        }
        OfacReport report = new OfacReport(null, ReportType.ANNUAL_BLOCKED_PROPERTY, asOf, calendar, now);
        report.annualAsOf = asOf;
        report.reporter = holder;
        report.holdings.addAll(held);
        report.opened(actor, held.size() + " blocked asset(s) held as of " + asOf);
        return report;
    }

    private void opened(String actor, String about) {
        changes.record(AuditAction.REPORT_OPENED, actor, id, type.title() + " (" + type.rule() + ") opened"
                + (caseId == null ? "" : " for case " + caseId) + " " + about + ": event on " + eventDate + ", due "
                + dueDate, null, stateSummary());
    }

    /**
     * A drafter compiled the annual report's rows again from the register (which is where the assets are described);
     * rows that still lack what Part B needs keep it a draft.
     */
    public void recompiled(List<ReportedHolding> held, String drafter, Instant now) {
        if (type != ReportType.ANNUAL_BLOCKED_PROPERTY) {
            throw new CaseRuleViolation("a " + type + " report has no rows of blocked assets to compile");
        }
        if (status != ReportStatus.DRAFT && status != ReportStatus.AWAITING_SIGN_OFF) {
            throw new CaseRuleViolation("the report is " + status + ": it can no longer be drafted");
        }
        holdings.clear();
        holdings.addAll(held);
        List<String> missing = new ArrayList<>();
        for (int row = 0; row < held.size(); row++) {
            int number = row + 1;
            held.get(row).missingForReport().forEach(field -> missing.add("row " + number + " " + field));
        }
        drafted(drafter, missing, now);
    }

    /**
     * A drafter saved the report's fields (for a blocked-property report, in its register entry). A draft that
     * lacks nothing waits for sign-off; a draft can be corrected until then.
     *
     * @param missing the fields the report still lacks
     */
    public void drafted(String drafter, List<String> missing, Instant now) {
        if (status != ReportStatus.DRAFT && status != ReportStatus.AWAITING_SIGN_OFF) {
            throw new CaseRuleViolation("the report is " + status + ": it can no longer be drafted");
        }
        String before = stateSummary();
        addDrafter(drafter);
        status = missing.isEmpty() ? ReportStatus.AWAITING_SIGN_OFF : ReportStatus.DRAFT;
        changes.record(AuditAction.REPORT_DRAFTED, drafter, id, drafter + " drafted the report" + (missing.isEmpty()
                ? "; complete, it awaits sign-off" : "; still missing: " + String.join(", ", missing)), before,
                stateSummary());
    }

    /** A drafter entered a rejected transaction's elements (501.604(b)). */
    public void draftRejection(RejectedTransaction elements, String drafter, Instant now) {
        if (type != ReportType.REJECTED_TRANSACTION) {
            throw new CaseRuleViolation("a " + type + " report has no rejected transaction to draft");
        }
        rejection = elements;
        drafted(drafter, elements.missingForReport(), now);
    }

    /**
     * A manager signs the complete draft off: four eyes, never one of its drafters.
     *
     * @throws FourEyesViolation when the manager drafted it
     */
    public void signOff(String manager, Instant now) {
        if (status != ReportStatus.AWAITING_SIGN_OFF) {
            throw new CaseRuleViolation("the report is " + status + ": only a complete draft can be signed off");
        }
        if (drafters().contains(manager)) {
            throw new FourEyesViolation(manager, "four eyes: " + manager + " drafted this report and cannot also"
                    + " sign it off; another manager must");
        }
        String before = stateSummary();
        status = ReportStatus.SIGNED_OFF;
        signedOffBy = manager;
        signedOffAt = now;
        changes.record(AuditAction.REPORT_SIGNED_OFF, manager, id, manager + " signed the report off", before,
                stateSummary());
    }

    /** The report was filed in OFAC's reporting system, which gave it this reference. */
    public void filed(String user, String reference, Instant now) {
        if (status != ReportStatus.SIGNED_OFF) {
            throw new CaseRuleViolation("the report is " + status + ": only a signed-off report is filed");
        }
        String before = stateSummary();
        status = ReportStatus.FILED;
        filingReference = reference;
        filedBy = user;
        filedAt = now;
        changes.record(AuditAction.REPORT_FILED, user, id, user + " recorded the filing: " + reference + " (due "
                + dueDate + ")", before, stateSummary());
    }

    /** Two business days before the due date, not filed: the workflow tells the managers. */
    public void dueSoon(String actor) {
        changes.record(AuditAction.REPORT_DUE_SOON, actor, id, type.title() + " due " + dueDate + " is not filed yet ("
                + status + ")", null, null);
    }

    /**
     * The due date passed and the report is not filed: it is marked overdue (and can still be filed).
     *
     * @return false when it was filed or marked before: nothing changed
     */
    public boolean markOverdue(String actor) {
        if (status == ReportStatus.FILED || overdue) {
            return false;
        }
        String before = stateSummary();
        overdue = true;
        changes.record(AuditAction.REPORT_OVERDUE, actor, id, type.title() + " was due " + dueDate
                + " and is not filed (" + status + ")", before, stateSummary());
        return true;
    }

    /** Everyone who drafted the report, in the order they first did. */
    public List<String> drafters() {
        return draftedBy == null ? List.of() : List.of(draftedBy.split(","));
    }

    private void addDrafter(String drafter) {
        if (!drafters().contains(drafter)) {
            draftedBy = draftedBy == null ? drafter : draftedBy + "," + drafter;
        }
    }

    /** The audit events recorded since they were last taken. */
    public List<AuditRecord> takeRecordedChanges() {
        return changes.take();
    }

    /** The state an audit event records before and after a change. */
    public String stateSummary() {
        return "type=" + type + ", status=" + status + ", eventDate=" + eventDate + ", dueDate=" + dueDate
                + (type == ReportType.ANNUAL_BLOCKED_PROPERTY ? ", rows=" + holdings.size() : "")
                + (overdue ? ", overdue" : "") + (filingReference == null ? "" : ", filed as " + filingReference);
    }

    public UUID id() {
        return id;
    }

    /** The case it reports on; empty for the annual report. */
    public Optional<CaseId> caseId() {
        return Optional.ofNullable(caseId).map(CaseId::new);
    }

    /** An annual report's Part B rows, in order; empty for the other reports. */
    public List<ReportedHolding> holdings() {
        return List.copyOf(holdings);
    }

    public ReportType type() {
        return type;
    }

    public ReportStatus status() {
        return status;
    }

    public LocalDate eventDate() {
        return eventDate;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    /** Past its due date and not filed. */
    public boolean isOverdue(LocalDate today) {
        return overdue || status != ReportStatus.FILED && today.isAfter(dueDate);
    }

    public Optional<UUID> blockedPropertyId() {
        return Optional.ofNullable(blockedPropertyId);
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Optional<String> signedOffBy() {
        return Optional.ofNullable(signedOffBy);
    }

    public Optional<Instant> signedOffAt() {
        return Optional.ofNullable(signedOffAt);
    }

    public Optional<String> filingReference() {
        return Optional.ofNullable(filingReference);
    }

    public Optional<String> filedBy() {
        return Optional.ofNullable(filedBy);
    }

    public Optional<Instant> filedAt() {
        return Optional.ofNullable(filedAt);
    }

    public Optional<Institution> reporter() {
        return Optional.ofNullable(reporter);
    }

    /** A rejected transaction's drafted elements; empty for other reports. */
    public Optional<RejectedTransaction> rejection() {
        if (type != ReportType.REJECTED_TRANSACTION) {
            return Optional.empty();
        }
        return Optional.of(rejection == null ? RejectedTransaction.toBeDrafted() : rejection);
    }

    public List<SanctionsTarget> targets() {
        return List.copyOf(targets);
    }
}
