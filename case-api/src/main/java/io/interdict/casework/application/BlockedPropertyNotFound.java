package io.interdict.casework.application;

import java.util.UUID;

/** No entry of the register of blocked property has this id. */
public class BlockedPropertyNotFound extends NotFound {

    public BlockedPropertyNotFound(UUID id) {
        super("blocked property", id);
    }
}
