package io.interdict.casework.domain.model.notification;

/** Why managers are told about a case. */
public enum NotificationKind {
    /** The case's triage passed its SLA: the case was marked overdue and its priority raised. */
    TRIAGE_OVERDUE
}
