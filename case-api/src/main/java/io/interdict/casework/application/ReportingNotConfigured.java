package io.interdict.casework.application;

/**
 * The institution's details for its reports to OFAC are not configured, so no report can be opened; nothing of the
 * decision that needed one is kept, and it can be taken again once the administrator has configured them.
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class ReportingNotConfigured extends RuntimeException {

    public ReportingNotConfigured(String message) {
        super(message);
    }
}
