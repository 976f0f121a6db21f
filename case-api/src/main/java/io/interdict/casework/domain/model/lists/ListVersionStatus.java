package io.interdict.casework.domain.model.lists;

/** Where a stored version stands. At most one version of each list is in force. */
public enum ListVersionStatus {
    /** Read, validated and diffed; not screened against until an administrator puts it in force. */
    STAGED,
    /** The version screenings are matched against. */
    IN_FORCE,
    /** Was in force, replaced by another; it can be put back in force (a roll-back). */
    RETIRED
}
