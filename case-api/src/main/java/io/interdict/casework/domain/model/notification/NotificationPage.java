package io.interdict.casework.domain.model.notification;

import java.util.List;

/** One page of the managers' inbox, newest first; {@code hasMore} says whether a next page exists. */
public record NotificationPage(List<ManagerNotification> notifications, int page, int size, boolean hasMore) {

    public NotificationPage {
        notifications = List.copyOf(notifications);
    }
}
