package io.interdict.screening.domain.model.list;

import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.ListEntry;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One fully read and validated version of a sanctions list: its version data and all its entries. A list is only
 * ever built from a complete file set; a reader that meets an error throws instead of returning part of a list.
 */
public final class SanctionsList {

    private final ListVersion version;
    private final Map<String, ListEntry> entriesById;

    public SanctionsList(ListVersion version, List<ListEntry> entries) {
        this.version = Objects.requireNonNull(version, "version");
        Map<String, ListEntry> byId = new LinkedHashMap<>();
        for (ListEntry entry : entries) {
            if (entry.source() != version.source()) {
                throw new IllegalArgumentException("entry " + entry.key() + " does not belong to " + version.source());
            }
            if (byId.putIfAbsent(entry.sourceId(), entry) != null) {
                throw new IllegalArgumentException("duplicate entry id " + entry.sourceId() + " in " + version.label());
            }
        }
        this.entriesById = java.util.Collections.unmodifiableMap(byId);
    }

    public ListVersion version() {
        return version;
    }

    public ListSource source() {
        return version.source();
    }

    public List<ListEntry> entries() {
        return List.copyOf(entriesById.values());
    }

    public int size() {
        return entriesById.size();
    }

    public Optional<ListEntry> entry(String sourceId) {
        return Optional.ofNullable(entriesById.get(sourceId));
    }

    public Map<EntityType, Integer> countsByType() {
        Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
        entriesById.values().forEach(e -> counts.merge(e.type(), 1, Integer::sum));
        return counts;
    }

    /** What changed from {@code older} to this version, entry by entry. */
    public ListDiff diffAgainst(SanctionsList older) {
        return ListDiff.between(older, this);
    }

    Map<String, ListEntry> byId() {
        return entriesById;
    }
}
