package io.interdict.casework.domain.model.lists;

import io.interdict.screening.domain.model.ListSource;
import java.util.List;
import java.util.Optional;

/** The stored versions of the lists: a port, kept in the casework database. */
public interface ListVersionLog {

    /** Stores a version read and validated, with its files (one ZIP) and its entry changes. */
    void store(StoredListVersion version, byte[] zip, List<ListEntryChange> changes);

    Optional<StoredListVersion> find(ListVersionId id);

    /** Every version of the list, newest first. */
    List<StoredListVersion> of(ListSource source);

    /** The version of the list in force, if the log has one. */
    Optional<StoredListVersion> inForce(ListSource source);

    /** The version of the list with these very files, if stored before. */
    Optional<StoredListVersion> withContent(ListSource source, String sha256);

    /** The version's files as the ZIP stored with it. */
    byte[] zip(ListVersionId id);

    /** The version's entry changes against its base, added first, then removed, then changed, by entry id. */
    List<ListEntryChange> changes(ListVersionId id);
}
