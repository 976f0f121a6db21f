package io.interdict.casework.domain.model.lists;

/** How an entry differs between a version and the one in force before it. */
public enum EntryChangeKind {
    ADDED, REMOVED, CHANGED
}
