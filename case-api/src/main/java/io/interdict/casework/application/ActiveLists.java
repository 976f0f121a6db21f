package io.interdict.casework.application;

import io.interdict.casework.domain.model.screening.ListEntryRef;
import io.interdict.screening.application.Screener;
import io.interdict.screening.domain.matching.Hit;
import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.entry.ListEntry;
import io.interdict.screening.domain.model.list.ListVersion;
import io.interdict.screening.domain.model.list.SanctionsList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sanctions lists the server screens against, as casework needs them: a port. The server's implementation
 * ({@code infrastructure.lists.IndexedLists}) starts from the lists directory and the version log, and puts a new
 * version in force without a restart; tests give a few entries of their own.
 */
public interface ActiveLists {

    /**
     * The lists in force now, as one whole; a screening uses the one it took from start to end.
     *
     * @throws ListsUnavailable when no lists are loaded
     */
    ListsInForce inForce();

    /** @throws ListsUnavailable when no lists are loaded */
    default Screener screener() {
        return inForce().screener();
    }

    /** The list of that source in force, if one is: never refused, unlike {@link #inForce()}. */
    default Optional<SanctionsList> listInForce(ListSource source) {
        return versions().containsKey(source) ? inForce().list(source) : Optional.empty();
    }

    /** The version of each loaded list, by list; empty when none is loaded. */
    Map<ListSource, ListVersion> versions();

    /** What the last load said beyond the versions: lists or folders skipped and why, read times. */
    default List<String> loadMessages() {
        return List.of();
    }

    /** The entry's fingerprint ({@code EntryFingerprint}): what a suppressed false hit is tied to. */
    String fingerprintOf(ListEntry entry);

    /** The entry a hit points to, as screened: its list, id, the version of the lists it was found in, its print. */
    default ListEntryRef entryRef(Hit hit, ListsInForce lists) {
        ListEntry entry = hit.entry();
        return new ListEntryRef(entry.source().key(), entry.sourceId(), lists.versions().get(entry.source()).label(),
                fingerprintOf(entry));
    }

    /**
     * Indexes the lists in force with {@code list} in the place of its list's version, without putting it in force
     * yet: the caller commits the change of its version log first, then {@link Replacement#apply() applies} it.
     */
    Replacement replace(SanctionsList list);

    /**
     * An index of just these lists, matched with the weights screening uses: a delta re-screening matches the
     * stored parties against the entries a version added or changed, not against every entry.
     */
    Screener index(List<SanctionsList> lists);

    /** A new index built beside the one in force, waiting to take its place. */
    interface Replacement {

        /** The lists as they will be in force. */
        ListsInForce lists();

        /**
         * Puts the new index in force in one step: screenings under way finish on the index they took, the next one
         * takes the new index; none waits and none is refused.
         */
        void apply();
    }
}
