package io.interdict.casework.application;

import java.util.UUID;

/** No case has this id. */
public class CaseNotFound extends RuntimeException {

    public CaseNotFound(UUID id) {
        super("no case " + id);
    }
}
