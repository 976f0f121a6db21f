package io.interdict.casework.domain.model.audit;

import static io.interdict.casework.domain.model.audit.AuditSubject.BLOCKED_PROPERTY;
import static io.interdict.casework.domain.model.audit.AuditSubject.CASE_ARCHIVE;
import static io.interdict.casework.domain.model.audit.AuditSubject.LIST_VERSION;
import static io.interdict.casework.domain.model.audit.AuditSubject.OFAC_REPORT;
import static io.interdict.casework.domain.model.audit.AuditSubject.OWNERSHIP;
import static io.interdict.casework.domain.model.audit.AuditSubject.RESCREENING;
import static io.interdict.casework.domain.model.audit.AuditSubject.SCREENING_BATCH;
import static io.interdict.casework.domain.model.audit.AuditSubject.SCREENING_CASE;
import static io.interdict.casework.domain.model.audit.AuditSubject.SCREENING_REQUEST;

/**
 * Every kind of change the audit trail records, each with the kind of subject it is about. The names are stored with
 * the events and read by auditors for ten years: add new ones, never rename one.
 */
public enum AuditAction {
    /** A party was screened (clear or hit). */
    PARTY_SCREENED(SCREENING_REQUEST),
    /** A trade transaction was screened: its parties, its vessel and the red-flag rules. */
    TRADE_SCREENED(SCREENING_REQUEST),
    /** A payment message was screened: its parties, agents and free text. */
    PAYMENT_SCREENED(SCREENING_REQUEST),

    /** A hit became an alert of a new case. */
    ALERT_RAISED(SCREENING_CASE),
    /** A case was opened, prioritised by the prioritisation table. */
    CASE_OPENED(SCREENING_CASE),
    CASE_CLAIMED(SCREENING_CASE),
    CASE_RELEASED(SCREENING_CASE),
    /** A manager gave the case to another analyst, with a reason. */
    CASE_REASSIGNED(SCREENING_CASE),
    CASE_TRIAGED(SCREENING_CASE),
    CASE_COMMENTED(SCREENING_CASE),
    /** A list version put in force removed the entry of an alert of the open case: noted on it. */
    CASE_ENTRY_DELISTED(SCREENING_CASE),
    /** Triage passed its SLA: the case is overdue, its priority raised. */
    TRIAGE_OVERDUE(SCREENING_CASE),
    MANAGERS_NOTIFIED(SCREENING_CASE),
    NOTIFICATION_ACKNOWLEDGED(SCREENING_CASE),
    ESCALATION_DECIDED(SCREENING_CASE),
    /** Someone tried to decide an escalation they made themselves; refused. */
    FOUR_EYES_REFUSED(SCREENING_CASE),
    /** An auditor exported the case's complete history (JSON, CSV or PDF). */
    CASE_EXPORTED(SCREENING_CASE),
    /** An approved BLOCK or REJECT was handed over to blocking and OFAC reporting. */
    HANDED_OVER_TO_REPORTING(SCREENING_CASE),
    /** A document (payment message, PDF, scan) was attached to the case, with its SHA-256. */
    ATTACHMENT_ADDED(SCREENING_CASE),
    /** Someone downloaded a document of the case. */
    ATTACHMENT_DOWNLOADED(SCREENING_CASE),
    /** Written by release 0.1 only, when the workflow set a new case's priority after it was recorded as opened. */
    @Deprecated
    CASE_PRIORITISED(SCREENING_CASE),

    /** An approved BLOCK entered the property in the register of blocked property. */
    PROPERTY_BLOCKED(BLOCKED_PROPERTY),
    /** A report owed to OFAC was opened with its legal due date. */
    REPORT_OPENED(OFAC_REPORT),
    /** Property in the register was released by licence or order, or transferred; the entry stays, closed. */
    PROPERTY_UNBLOCKED(BLOCKED_PROPERTY),
    /** What the case did not hold was entered in the register entry: the kind of property, its value, the account. */
    PROPERTY_DESCRIBED(BLOCKED_PROPERTY),
    /** A report's fields were drafted; complete, it waits for sign-off. */
    REPORT_DRAFTED(OFAC_REPORT),
    /** A manager other than the drafters signed the report off. */
    REPORT_SIGNED_OFF(OFAC_REPORT),
    /** A drafter tried to sign off their own report; refused. */
    REPORT_SIGN_OFF_REFUSED(OFAC_REPORT),
    /** The report was filed; the filing reference the reporting system gave is recorded. */
    REPORT_FILED(OFAC_REPORT),
    /** Two business days before its due date the report was not filed: the managers were told. */
    REPORT_DUE_SOON(OFAC_REPORT),
    /** The due date passed without the report filed. */
    REPORT_OVERDUE(OFAC_REPORT),
    /** Someone downloaded the report's filing pack (PDF or CSV). */
    REPORT_PACK_EXPORTED(OFAC_REPORT),
    /** The managers were told about a report of no case (the annual report): due soon or overdue. */
    REPORT_MANAGERS_NOTIFIED(OFAC_REPORT),
    /** A manager acknowledged a notification about a report of no case. */
    REPORT_NOTIFICATION_ACKNOWLEDGED(OFAC_REPORT),

    /**
     * Someone started a bulk export of case histories: who, the filter and how many cases it matched. Recorded, and
     * committed, before the first byte of the archive is sent.
     */
    CASES_EXPORTED(CASE_ARCHIVE),
    /** A bulk export broke off (the download was abandoned, or writing failed): how many cases were written. */
    CASES_EXPORT_ABORTED(CASE_ARCHIVE),

    BATCH_SUBMITTED(SCREENING_BATCH),
    BATCH_STARTED(SCREENING_BATCH),
    BATCH_RESUMED(SCREENING_BATCH),
    BATCH_COMPLETED(SCREENING_BATCH),
    BATCH_FAILED(SCREENING_BATCH),
    BATCH_INTERRUPTED(SCREENING_BATCH),

    /** A list version was read, validated and stored (uploaded, or found in the lists directory), with its diff. */
    LIST_VERSION_RECEIVED(LIST_VERSION),
    /** An upload was refused as malformed or incomplete: the file, the position and the reason; nothing stored. */
    LIST_VERSION_REFUSED(LIST_VERSION),
    /** A version was put in force in place of another (a roll-back when it is an earlier one). */
    LIST_VERSION_PUT_IN_FORCE(LIST_VERSION),
    /** Another version of the list was put in force in this one's place. */
    LIST_VERSION_RETIRED(LIST_VERSION),

    /** A delta re-screening began after a version was put in force: what it re-screens against. */
    RESCREENING_STARTED(RESCREENING),
    /** The scan of the stored parties ended: how many were read, how many could match, open cases noted. */
    RESCREENING_SCANNED(RESCREENING),
    /** A job execution took an unfinished re-screening up again after a restart. */
    RESCREENING_RESUMED(RESCREENING),
    RESCREENING_COMPLETED(RESCREENING),
    RESCREENING_FAILED(RESCREENING),

    /** The institution's ownership data was loaded, replacing the register in force (the 50 percent rule). */
    OWNERSHIP_LOADED(OWNERSHIP);

    private final AuditSubject subject;

    AuditAction(AuditSubject subject) {
        this.subject = subject;
    }

    public AuditSubject subject() {
        return subject;
    }
}
