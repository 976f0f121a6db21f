package io.interdict.casework.domain.model.notification;

/** Why managers are told about a case. */
public enum NotificationKind {
    /** The case's triage passed its SLA: the case was marked overdue and its priority raised. */
    TRIAGE_OVERDUE,
    /** A report to OFAC is due in two business days and not filed. */
    REPORT_DUE_SOON,
    /** A report to OFAC passed its due date without being filed. */
    REPORT_OVERDUE
}
