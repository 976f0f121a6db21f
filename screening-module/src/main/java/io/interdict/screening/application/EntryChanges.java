package io.interdict.screening.application;

import io.interdict.screening.domain.model.entry.ListEntry;
import io.interdict.screening.domain.model.list.ListDiff;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Says what changed in an entry between two versions, part by part ({@code names +[X] -[Y]}), so an administrator
 * reviewing a new list version sees why an entry counts as changed and whether the change can create new hits.
 */
public final class EntryChanges {

    private EntryChanges() {
    }

    public static List<String> describe(ListDiff.Change change) {
        ListEntry before = change.before();
        ListEntry after = change.after();
        List<String> parts = new ArrayList<>();
        if (before.type() != after.type()) {
            parts.add("type " + before.type().key() + " -> " + after.type().key());
        }
        compare(parts, "names", before, after, e -> e.names().stream().map(n -> n.text() + " (" + n.strength().name().toLowerCase(java.util.Locale.ROOT) + ")").toList());
        compare(parts, "addresses", before, after, e -> e.addresses().stream().map(a -> a.oneLine()).toList());
        compare(parts, "dates of birth", before, after, e -> e.birthDates().stream().map(Object::toString).toList());
        compare(parts, "places of birth", before, after, ListEntry::birthPlaces);
        compare(parts, "nationalities", before, after, ListEntry::nationalities);
        compare(parts, "identifiers", before, after, e -> e.identifiers().stream()
                .map(i -> i.type().name() + " " + i.value()).toList());
        compare(parts, "programmes", before, after, ListEntry::programmes);
        compare(parts, "linked to", before, after, ListEntry::linkedTo);
        if (!before.remarks().equals(after.remarks())) {
            parts.add("remarks changed");
        }
        return parts;
    }

    private static void compare(List<String> parts, String what, ListEntry before, ListEntry after,
                                Function<ListEntry, Collection<String>> values) {
        Set<String> old = new LinkedHashSet<>(values.apply(before));
        Set<String> now = new LinkedHashSet<>(values.apply(after));
        List<String> added = now.stream().filter(v -> !old.contains(v)).toList();
        List<String> removed = old.stream().filter(v -> !now.contains(v)).toList();
        if (added.isEmpty() && removed.isEmpty()) {
            // only lists have an order that means something (the first name is the primary one)
            if (values.apply(before) instanceof List<String> list && !list.equals(values.apply(after))) {
                parts.add(what + " reordered");
            }
            return;
        }
        StringBuilder part = new StringBuilder(what);
        if (!added.isEmpty()) {
            part.append(" +").append(added);
        }
        if (!removed.isEmpty()) {
            part.append(" -").append(removed);
        }
        parts.add(part.toString());
    }
}
