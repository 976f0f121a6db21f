package io.interdict.casework.application;

import io.interdict.casework.domain.model.rescreening.RescreeningId;

/** No re-screening run has this id. */
public class RescreeningNotFound extends NotFound {

    public RescreeningNotFound(RescreeningId id) {
        super("re-screening", id);
    }
}
