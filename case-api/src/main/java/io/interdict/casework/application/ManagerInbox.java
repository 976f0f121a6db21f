package io.interdict.casework.application;

import io.interdict.casework.domain.model.audit.AuditAction;
import io.interdict.casework.domain.model.audit.AuditRecord;
import io.interdict.casework.domain.model.audit.AuditTrail;
import io.interdict.casework.domain.model.cases.ScreeningCase;
import io.interdict.casework.domain.model.notification.ManagerNotification;
import io.interdict.casework.domain.model.notification.ManagerNotifications;
import io.interdict.casework.domain.model.notification.NotificationKind;
import io.interdict.casework.domain.model.notification.NotificationPage;
import io.interdict.casework.domain.model.reporting.OfacReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/** What the workflow tells managers, and their acknowledgements, each on the case's audit trail. */
@ApplicationScoped
public class ManagerInbox {

    @Inject
    ManagerNotifications notifications;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    /**
     * Tells the managers that the case's triage is overdue, and records that they were told; joins the workflow
     * step's transaction. {@code actor} is who tells them (the workflow).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ManagerNotification triageOverdue(ScreeningCase screeningCase, String actor) {
        ManagerNotification notification = new ManagerNotification(screeningCase.id(), NotificationKind.TRIAGE_OVERDUE,
                "Triage of the case for '" + screeningCase.party().name() + "' (queue " + screeningCase.queue()
                        + ") passed its SLA at " + screeningCase.slaDueAt() + "; priority raised to "
                        + screeningCase.priority(), clock.instant());
        notifications.add(notification);
        auditTrail.append(AuditRecord.of(actor, AuditAction.MANAGERS_NOTIFIED, screeningCase.id(),
                "managers notified (notification " + notification.id() + "): triage of case for '"
                        + screeningCase.party().name() + "' is overdue"));
        return notification;
    }

    /**
     * Tells the managers that a report to OFAC is due soon or overdue, and records that they were told; joins the
     * workflow step's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ManagerNotification reportDeadline(OfacReport report, NotificationKind kind, String actor) {
        String when = kind == NotificationKind.REPORT_OVERDUE ? "passed its due date " : "is due ";
        ManagerNotification notification = ManagerNotification.aboutReport(report.caseId(), report.id(), kind,
                report.type().title() + " (" + report.type().rule() + ") " + when + report.dueDate()
                        + " and is not filed: it is " + report.status(), clock.instant());
        notifications.add(notification);
        String detail = "managers notified (notification " + notification.id() + "): report " + report.id() + " "
                + when + report.dueDate();
        auditTrail.append(report.caseId()
                .map(caseId -> AuditRecord.of(actor, AuditAction.MANAGERS_NOTIFIED, caseId, detail))
                .orElseGet(() -> AuditRecord.of(actor, AuditAction.REPORT_MANAGERS_NOTIFIED, report.id(), detail)));
        return notification;
    }

    @Transactional
    public NotificationPage list(boolean open, int page, int size) {
        return notifications.list(open, page, size);
    }

    /** @throws NotificationNotFound when no notification has this id */
    @Transactional
    public ManagerNotification acknowledge(UUID id, String manager) {
        ManagerNotification notification = notifications.find(id).orElseThrow(() -> new NotificationNotFound(id));
        notification.acknowledge(manager, clock.instant());
        String detail = "acknowledged " + notification.kind() + " notification " + id;
        auditTrail.append(notification.caseId()
                .map(caseId -> AuditRecord.of(manager, AuditAction.NOTIFICATION_ACKNOWLEDGED, caseId, detail))
                .orElseGet(() -> AuditRecord.of(manager, AuditAction.REPORT_NOTIFICATION_ACKNOWLEDGED,
                        notification.reportId().orElseThrow(), detail)));
        return notification;
    }
}
