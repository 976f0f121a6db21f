package io.interdict.screening.domain.matching.index;

import io.interdict.screening.domain.model.entry.Identifier;
import io.interdict.screening.domain.model.entry.IdentifierType;
import io.interdict.screening.domain.model.entry.ListEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact index of the decisive identifiers (IMO, MMSI, digital currency address, BIC, passport, national id, IMO
 * company number) by {@link Identifier#matchKey()}: one equal decisive identifier makes a hit whatever the names say.
 */
public final class IdentifierIndex {

    /** A listed identifier that equals a screened one. */
    public record IdentifierMatch(int entryIndex, Identifier listed) {
    }

    private final Map<String, List<IdentifierMatch>> byKey = new HashMap<>();

    public IdentifierIndex(List<ListEntry> entries) {
        for (int e = 0; e < entries.size(); e++) {
            for (Identifier id : entries.get(e).identifiers()) {
                if (id.type().isDecisive() && !id.matchKey().isEmpty()) {
                    byKey.computeIfAbsent(lookupKey(id.type(), id.matchKey()), k -> new ArrayList<>())
                            .add(new IdentifierMatch(e, id));
                }
            }
        }
    }

    /** Listed entries carrying an identifier equal to this one (same kind, same match key). */
    public List<IdentifierMatch> find(Identifier screened) {
        if (!screened.type().isDecisive()) {
            return List.of();
        }
        return byKey.getOrDefault(lookupKey(screened.type(), screened.matchKey()), List.of());
    }

    public int size() {
        return byKey.size();
    }

    /** Passports and national ids share one space: lists file the same document under either. */
    private static String lookupKey(IdentifierType type, String key) {
        String space = switch (type) {
            case PASSPORT, NATIONAL_ID -> "DOC";
            default -> type.name();
        };
        return space + ":" + key;
    }
}
