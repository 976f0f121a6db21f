package io.interdict.screening.domain.redflags;

import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.EntryName;
import io.interdict.screening.domain.model.entry.Identifier;
import io.interdict.screening.domain.model.entry.ListEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A lookup over a few hand-made entries: names match when equal ignoring case, identifiers by match key. */
final class InMemoryLookup implements SanctionsLookup {

    private final List<ListEntry> entries = new ArrayList<>();

    InMemoryLookup with(ListEntry entry) {
        entries.add(entry);
        return this;
    }

    static ListEntry entry(String id, EntityType type, String programme, List<EntryName> names, List<Identifier> ids) {
        ListEntry.Builder builder = ListEntry.builder(ListSource.US_OFAC_SDN, id, type).programme(programme);
        names.forEach(builder::name);
        ids.forEach(builder::identifier);
        return builder.build();
    }

    @Override
    public List<ListedMatch> matchName(String name, Optional<EntityType> type) {
        String wanted = name.toLowerCase(Locale.ROOT);
        List<ListedMatch> matches = new ArrayList<>();
        for (ListEntry entry : entries) {
            entry.names().stream().filter(n -> n.text().toLowerCase(Locale.ROOT).equals(wanted)).findFirst()
                    .ifPresent(n -> matches.add(new ListedMatch(entry, n.text(), 1.0, n.isWeak())));
        }
        return matches;
    }

    @Override
    public List<ListEntry> findByIdentifier(Identifier identifier) {
        return entries.stream().filter(e -> e.identifiers().stream()
                .anyMatch(i -> i.type() == identifier.type() && i.matchKey().equals(identifier.matchKey()))).toList();
    }
}
