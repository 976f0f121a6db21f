package io.interdict.casework.domain.model.notification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The managers' inbox. */
public interface ManagerNotifications {

    void add(ManagerNotification notification);

    Optional<ManagerNotification> find(UUID id);

    /** Newest first; {@code open} only those not acknowledged yet. One more than asked for tells that more follow. */
    List<ManagerNotification> list(boolean open, int page, int size);
}
