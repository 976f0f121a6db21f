package io.interdict.casework.application;

import io.interdict.casework.domain.model.audit.AuditRecord;
import io.interdict.casework.domain.model.audit.AuditTrail;
import io.interdict.casework.domain.model.cases.ScreeningCase;
import io.interdict.casework.domain.model.notification.ManagerNotification;
import io.interdict.casework.domain.model.notification.ManagerNotifications;
import io.interdict.casework.domain.model.notification.NotificationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** What the workflow tells managers, and their acknowledgements, each on the case's audit trail. */
@ApplicationScoped
public class ManagerInbox {

    @Inject
    ManagerNotifications notifications;

    @Inject
    AuditTrail auditTrail;

    private final Clock clock = Clock.systemUTC();

    /** One page of the inbox, and whether more follow. */
    public record Page(List<ManagerNotification> notifications, boolean hasMore) {
    }

    /** Tells the managers that the case's triage is overdue; joins the workflow step's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ManagerNotification triageOverdue(ScreeningCase screeningCase) {
        ManagerNotification notification = new ManagerNotification(screeningCase.id(), NotificationKind.TRIAGE_OVERDUE,
                "Triage of the case for '" + screeningCase.party().name() + "' (queue " + screeningCase.queue()
                        + ") passed its SLA at " + screeningCase.slaDueAt() + "; priority raised to "
                        + screeningCase.priority(), clock.instant());
        notifications.add(notification);
        return notification;
    }

    @Transactional
    public Page list(boolean open, int page, int size) {
        List<ManagerNotification> found = notifications.list(open, page, size);
        return new Page(found.subList(0, Math.min(size, found.size())), found.size() > size);
    }

    /** @throws NotificationNotFound when no notification has this id */
    @Transactional
    public ManagerNotification acknowledge(UUID id, String manager) {
        ManagerNotification notification = notifications.find(id).orElseThrow(() -> new NotificationNotFound(id));
        notification.acknowledge(manager, clock.instant());
        auditTrail.append(AuditRecord.of(manager, "NOTIFICATION_ACKNOWLEDGED", "ScreeningCase",
                notification.caseId().toString(), "acknowledged " + notification.kind() + " notification " + id));
        return notification;
    }
}
