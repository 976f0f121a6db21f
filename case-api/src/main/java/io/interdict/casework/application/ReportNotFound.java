package io.interdict.casework.application;

import java.util.UUID;

/** No report to OFAC has this id. */
public class ReportNotFound extends NotFound {

    public ReportNotFound(UUID id) {
        super("report", id);
    }
}
