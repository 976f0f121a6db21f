package io.interdict.casework.application;

import java.util.UUID;

/** No notification has this id. */
public class NotificationNotFound extends RuntimeException {

    public NotificationNotFound(UUID id) {
        super("no notification " + id);
    }
}
