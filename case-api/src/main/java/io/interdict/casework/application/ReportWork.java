package io.interdict.casework.application;

import io.interdict.casework.domain.model.audit.AuditAction;
import io.interdict.casework.domain.model.audit.AuditRecord;
import io.interdict.casework.domain.model.audit.AuditTrail;
import io.interdict.casework.domain.model.blocking.BlockedProperty;
import io.interdict.casework.domain.model.blocking.BlockedPropertyRegister;
import io.interdict.casework.domain.model.blocking.PropertyDescription;
import io.interdict.casework.domain.model.cases.CaseRuleViolation;
import io.interdict.casework.domain.model.cases.FourEyesViolation;
import io.interdict.casework.domain.model.notification.NotificationKind;
import io.interdict.casework.domain.model.reporting.OfacReport;
import io.interdict.casework.domain.model.reporting.OfacReports;
import io.interdict.casework.domain.model.reporting.RejectedTransaction;
import io.interdict.casework.domain.model.reporting.ReportStatus;
import io.interdict.casework.domain.model.reporting.ReportType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * A report's way to OFAC: drafting what the case does not hold, a manager's sign-off (never a drafter's), and the
 * filing reference of OFAC's reporting system. Each step is one transaction that changes the report (and for a
 * blocked-property report its register entry) with its audit events; a refused sign-off is audited on its own.
 */
@ApplicationScoped
public class ReportWork {

    @Inject
    OfacReports reports;

    @Inject
    BlockedPropertyRegister register;

    @Inject
    AuditTrail auditTrail;

    @Inject
    RefusalRecorder refusals;

    @Inject
    ReportWorkflow workflow;

    @Inject
    ManagerInbox inbox;

    @Inject
    Clock clock;

    /** What a drafter says: the property of a blocked-property report, or a rejected transaction's elements. */
    public record ReportDraft(PropertyDescription property, RejectedTransaction rejection) {
    }

    /** Saves the draft; a draft that lacks nothing waits for sign-off. Returns the report. */
    @Transactional
    public OfacReport draft(UUID reportId, String drafter, ReportDraft draft) {
        OfacReport report = find(reportId);
        if (report.type() == ReportType.REJECTED_TRANSACTION) {
            report.draftRejection(draft.rejection(), drafter, clock.instant());
        } else if (report.type() == ReportType.BLOCKED_PROPERTY) {
            BlockedProperty property = report.blockedPropertyId().flatMap(register::find)
                    .orElseThrow(() -> new CaseRuleViolation("report " + reportId + " has no register entry"));
            List<String> missing = property.describe(draft.property(), drafter);
            auditTrail.appendAll(property.takeRecordedChanges());
            report.drafted(drafter, missing, clock.instant());
        } else if (report.type() == ReportType.ANNUAL_BLOCKED_PROPERTY) {
            // its rows are the register's entries, described there: drafting compiles them again as they are now
            report.recompiled(register.holdingsOn(report.eventDate()), drafter, clock.instant());
        } else if (report.type() == ReportType.UNBLOCKING) {
            // what it reports (the property and how it was released) is on record: the drafter confirms it
            report.drafted(drafter, List.of(), clock.instant());
        } else {
            throw new CaseRuleViolation("a " + report.type() + " report is not drafted field by field");
        }
        auditTrail.appendAll(report.takeRecordedChanges());
        if (report.status() == ReportStatus.AWAITING_SIGN_OFF) {
            workflow.drafted(report, drafter);
        }
        return report;
    }

    /** A manager who drafted none of it signs the report off; a drafter's attempt is refused and audited. */
    @Transactional
    public OfacReport signOff(UUID reportId, String manager) {
        OfacReport report = find(reportId);
        try {
            report.signOff(manager, clock.instant());
        } catch (FourEyesViolation refused) {
            refusals.record(AuditRecord.of(manager, AuditAction.REPORT_SIGN_OFF_REFUSED, reportId,
                    "refused sign-off by " + manager + ": " + refused.getMessage()));
            throw refused;
        }
        auditTrail.appendAll(report.takeRecordedChanges());
        workflow.signedOff(report, manager);
        return report;
    }

    /** Records that the signed-off report was filed, with the reference the reporting system gave it. */
    @Transactional
    public OfacReport filed(UUID reportId, String user, String filingReference) {
        OfacReport report = find(reportId);
        report.filed(user, filingReference, clock.instant());
        auditTrail.appendAll(report.takeRecordedChanges());
        workflow.filed(report, user);
        return report;
    }

    /** The report's reminder timer fired: the managers are told it is due soon. Joins the timer job's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void dueSoon(UUID reportId) {
        OfacReport report = find(reportId);
        report.dueSoon(CaseWork.WORKFLOW);
        auditTrail.appendAll(report.takeRecordedChanges());
        inbox.reportDeadline(report, NotificationKind.REPORT_DUE_SOON, CaseWork.WORKFLOW);
    }

    /** The report's due date passed unfiled: it is marked overdue and the managers are told. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void overdue(UUID reportId) {
        OfacReport report = find(reportId);
        if (report.markOverdue(CaseWork.WORKFLOW)) {
            auditTrail.appendAll(report.takeRecordedChanges());
            inbox.reportDeadline(report, NotificationKind.REPORT_OVERDUE, CaseWork.WORKFLOW);
        }
    }

    private OfacReport find(UUID reportId) {
        return reports.find(reportId).orElseThrow(() -> new ReportNotFound(reportId));
    }
}
