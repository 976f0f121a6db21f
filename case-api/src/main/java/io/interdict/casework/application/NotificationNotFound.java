package io.interdict.casework.application;

import java.util.UUID;

/** No notification has this id. */
public class NotificationNotFound extends NotFound {

    public NotificationNotFound(UUID id) {
        super("notification", id);
    }
}
