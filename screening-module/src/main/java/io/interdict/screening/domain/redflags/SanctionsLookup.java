package io.interdict.screening.domain.redflags;

import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.Identifier;
import io.interdict.screening.domain.model.entry.ListEntry;
import java.util.List;
import java.util.Optional;

/**
 * What the list-based rules need to ask of the loaded sanctions lists. The screening engine implements it; tests can
 * implement it over a handful of entries.
 */
public interface SanctionsLookup {

    /**
     * Listed parties whose names match {@code name} well enough to alert, best first.
     *
     * @param type the party's type when known, so that a person is not matched to a company of the same name
     */
    List<ListedMatch> matchName(String name, Optional<EntityType> type);

    /** Listed parties that carry exactly this identifier. */
    List<ListEntry> findByIdentifier(Identifier identifier);

    /**
     * A listed party found by name.
     *
     * @param entry       the list entry
     * @param matchedName the entry's name that matched, as the list writes it
     * @param score       the match score in [0,1]
     * @param weakOnly    true when only a weak alias matched: a confirmation-only signal (OFAC FAQ 122-124)
     */
    record ListedMatch(ListEntry entry, String matchedName, double score, boolean weakOnly) {
    }
}
