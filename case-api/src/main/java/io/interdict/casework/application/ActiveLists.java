package io.interdict.casework.application;

import io.interdict.screening.application.Screener;
import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.entry.ListEntry;
import io.interdict.screening.domain.model.list.ListVersion;
import java.util.List;
import java.util.Map;

/**
 * The sanctions lists the server screens against, as casework needs them: a port. The server's implementation reads
 * the newest complete version of each list from the lists directory at start-up
 * ({@code infrastructure.lists.DirectoryLists}); tests give a few entries of their own.
 */
public interface ActiveLists {

    /** @throws ListsUnavailable when no lists are loaded */
    Screener screener();

    /** The version of each loaded list, by list. */
    Map<ListSource, ListVersion> versions();

    /** What the last load said beyond the versions: lists or folders skipped and why, read times. */
    default List<String> loadMessages() {
        return List.of();
    }

    /** The entry's fingerprint ({@code EntryFingerprint}): what a suppressed false hit is tied to. */
    String fingerprintOf(ListEntry entry);
}
