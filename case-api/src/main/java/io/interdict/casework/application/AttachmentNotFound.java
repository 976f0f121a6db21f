package io.interdict.casework.application;

import java.util.UUID;

/** No document has this id. */
public class AttachmentNotFound extends NotFound {

    public AttachmentNotFound(UUID id) {
        super("attachment", id);
    }
}
