package io.interdict.casework.application;

import java.util.UUID;

/** No batch has this id. */
public class BatchNotFound extends RuntimeException {

    public BatchNotFound(UUID id) {
        super("no batch " + id);
    }
}
