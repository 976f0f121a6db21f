package io.interdict.screening.application;

import io.interdict.screening.domain.matching.Hit;
import io.interdict.screening.domain.matching.ScreeningQuery;
import io.interdict.screening.domain.model.entry.EntityType;

import io.interdict.screening.domain.model.entry.Identifier;
import io.interdict.screening.domain.model.entry.ListEntry;
import io.interdict.screening.domain.model.list.SanctionsList;
import io.interdict.screening.domain.redflags.SanctionsLookup;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The red-flag rules' view of the loaded lists, answered by the screening engine: names through the matching index
 * at the alert threshold, identifiers through the exact identifier index. Weak aliases never create a hit in the
 * engine (OFAC FAQ 122-124), so a name that equals a weak alias is found here separately and reported as a
 * confirmation-only match.
 */
public final class ListedPartyLookup implements SanctionsLookup {

    private static final int MAX_MATCHES = 10;

    private final Screener screener;
    private final double threshold;
    private final Map<String, List<WeakName>> weakAliases = new HashMap<>();

    private record WeakName(ListEntry entry, String text) {
    }

    /** @param threshold the score from which a name match counts (the alert threshold) */
    public ListedPartyLookup(Screener screener, double threshold) {
        this.screener = screener;
        this.threshold = threshold;
        for (SanctionsList list : screener.lists()) {
            for (ListEntry entry : list.entries()) {
                entry.weakAliases().forEach(alias -> weakAliases
                        .computeIfAbsent(plain(alias.text()), k -> new ArrayList<>())
                        .add(new WeakName(entry, alias.text())));
            }
        }
    }

    @Override
    public List<ListedMatch> matchName(String name, Optional<EntityType> type) {
        ScreeningQuery query = ScreeningQuery.ofName(name);
        query = type.map(query::withType).orElse(query);
        List<ListedMatch> matches = new ArrayList<>();
        for (Hit hit : screener.screen(query, MAX_MATCHES, threshold)) {
            matches.add(new ListedMatch(hit.entry(), hit.matchedName(), hit.score(), false));
        }
        for (WeakName weak : weakAliases.getOrDefault(plain(name), List.of())) {
            if (matches.stream().noneMatch(m -> m.entry().equals(weak.entry()))) {
                matches.add(new ListedMatch(weak.entry(), weak.text(), 1.0, true));
            }
        }
        return matches;
    }

    @Override
    public List<ListEntry> findByIdentifier(Identifier identifier) {
        ScreeningQuery query = new ScreeningQuery("", Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(identifier));
        return screener.screen(query, MAX_MATCHES, 0.0).stream().map(Hit::entry).toList();
    }

    /** Letters and digits of the name, upper case, accents removed: how a weak alias is looked up. */
    private static String plain(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return folded.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

}
