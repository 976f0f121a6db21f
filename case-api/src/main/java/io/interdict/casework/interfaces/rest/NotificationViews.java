package io.interdict.casework.interfaces.rest;

import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.notification.ManagerNotification;
import io.interdict.casework.domain.model.notification.NotificationPage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the managers' inbox endpoints answer (JSON). */
public final class NotificationViews {

    private NotificationViews() {
    }

    public record NotificationView(UUID id, UUID caseId, UUID reportId, String kind, String message, Instant createdAt,
                                   String acknowledgedBy, Instant acknowledgedAt) {
    }

    public record InboxView(List<NotificationView> notifications, int page, int size, boolean hasMore) {
    }

    static NotificationView of(ManagerNotification n) {
        return new NotificationView(n.id(), n.caseId().map(CaseId::value).orElse(null),
                n.reportId().orElse(null), n.kind().name(), n.message(), n.createdAt(),
                n.acknowledgedBy().orElse(null), n.acknowledgedAt().orElse(null));
    }

    static InboxView inbox(NotificationPage page) {
        return new InboxView(page.notifications().stream().map(NotificationViews::of).toList(), page.page(),
                page.size(), page.hasMore());
    }
}
