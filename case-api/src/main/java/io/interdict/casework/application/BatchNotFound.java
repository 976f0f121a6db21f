package io.interdict.casework.application;

import java.util.UUID;

/** No batch has this id. */
public class BatchNotFound extends NotFound {

    public BatchNotFound(UUID id) {
        super("batch", id);
    }
}
