package io.interdict.screening.domain.matching.scoring;

import io.interdict.screening.domain.matching.FeatureScore;
import io.interdict.screening.domain.matching.ScreeningQuery;
import io.interdict.screening.domain.model.entry.Address;
import io.interdict.screening.domain.model.entry.ListEntry;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Country: the screened country among the entry's nationalities or address countries adds {@value #AGREEMENT};
 * a different country costs {@value #CONFLICT} (people move and companies have branches, so less than a type or
 * birth-date conflict). Nothing happens when the entry gives no country.
 */
public final class CountryAgreement implements Qualifier {

    static final double AGREEMENT = 0.04;
    static final double CONFLICT = -0.1;

    @Override
    public Optional<FeatureScore> assess(ScreeningQuery query, ListEntry entry) {
        if (query.country().isEmpty()) {
            return Optional.empty();
        }
        Set<String> listed = new TreeSet<>(entry.nationalities());
        for (Address a : entry.addresses()) {
            if (!a.countryCode().isEmpty()) {
                listed.add(a.countryCode());
            }
        }
        if (listed.isEmpty()) {
            return Optional.empty();
        }
        String screened = query.country().get();
        if (listed.contains(screened)) {
            return Optional.of(FeatureScore.of("country_match", 1.0, AGREEMENT, screened));
        }
        return Optional.of(FeatureScore.of("country_mismatch", 1.0, CONFLICT,
                "query " + screened + " vs listed " + listed));
    }
}
