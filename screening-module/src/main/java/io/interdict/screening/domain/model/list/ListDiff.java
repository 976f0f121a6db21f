package io.interdict.screening.domain.model.list;

import io.interdict.screening.domain.model.entry.ListEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The difference between two versions of one list, by entry id. Added and changed entries are the ones that can
 * create new hits on parties screened before, so they drive re-screening.
 *
 * @param older   the version compared against
 * @param newer   the version compared
 * @param added   entries only in the newer version
 * @param removed entries only in the older version
 * @param changed pairs (older, newer) of entries whose content differs
 */
public record ListDiff(ListVersion older, ListVersion newer, List<ListEntry> added, List<ListEntry> removed,
                       List<Change> changed) {

    /** One entry as it was and as it is. */
    public record Change(ListEntry before, ListEntry after) {
    }

    public ListDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    public static ListDiff between(SanctionsList older, SanctionsList newer) {
        if (older.source() != newer.source()) {
            throw new IllegalArgumentException("cannot diff " + older.source().key() + " against " + newer.source().key());
        }
        Map<String, ListEntry> before = older.byId();
        Map<String, ListEntry> after = newer.byId();
        List<ListEntry> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        after.forEach((id, entry) -> {
            ListEntry previous = before.get(id);
            if (previous == null) {
                added.add(entry);
            } else if (!previous.equals(entry)) {
                changed.add(new Change(previous, entry));
            }
        });
        List<ListEntry> removed = before.entrySet().stream()
                .filter(e -> !after.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
        return new ListDiff(older.version(), newer.version(), added, removed, changed);
    }

    /** The diff of a list's first version, against nothing: every entry is added. */
    public static ListDiff firstVersion(SanctionsList list) {
        return new ListDiff(list.version(), list.version(), list.entries(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
