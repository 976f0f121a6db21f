package io.interdict.casework.domain.model.notification;

import java.util.Optional;
import java.util.UUID;

/** The managers' inbox. */
public interface ManagerNotifications {

    void add(ManagerNotification notification);

    Optional<ManagerNotification> find(UUID id);

    /** Newest first; {@code open}: only those not acknowledged yet. */
    NotificationPage list(boolean open, int page, int size);
}
