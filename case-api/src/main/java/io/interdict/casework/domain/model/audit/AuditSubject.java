package io.interdict.casework.domain.model.audit;

/** What an audit event is about: the kinds of thing whose changes the trail records, as the trail names them. */
public enum AuditSubject {
    SCREENING_REQUEST("ScreeningRequest"),
    SCREENING_CASE("ScreeningCase"),
    SCREENING_BATCH("ScreeningBatch"),
    BLOCKED_PROPERTY("BlockedProperty"),
    OFAC_REPORT("OfacReport"),
    /** A bulk export of case histories (a ZIP); its id is named in the archive's README. */
    CASE_ARCHIVE("CaseArchive"),
    /** A version of a sanctions list in the version log. */
    LIST_VERSION("ListVersion"),
    /** A delta re-screening run after a list version was put in force. */
    RESCREENING("Rescreening"),
    /** A load of the ownership data for the 50 percent rule. */
    OWNERSHIP("OwnershipLoad");

    private final String typeName;

    AuditSubject(String typeName) {
        this.typeName = typeName;
    }

    /** The name stored with each event (the trail is read by auditors and kept ten years: never renamed). */
    public String typeName() {
        return typeName;
    }
}
