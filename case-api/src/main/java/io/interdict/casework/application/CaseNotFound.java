package io.interdict.casework.application;

import io.interdict.casework.domain.model.cases.CaseId;

/** No case has this id. */
public class CaseNotFound extends NotFound {

    public CaseNotFound(CaseId id) {
        super("case", id);
    }
}
