package io.interdict.screening.domain.matching.scoring;

import io.interdict.screening.domain.matching.Feature;
import io.interdict.screening.domain.matching.FeatureScore;
import io.interdict.screening.domain.matching.FeatureWeights;
import io.interdict.screening.domain.matching.ScreeningQuery;
import io.interdict.screening.domain.model.entry.Address;
import io.interdict.screening.domain.model.entry.ListEntry;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Country: the screened country among the entry's nationalities or address countries is a {@code country_match};
 * a different country a {@code country_mismatch}. Nothing happens when the entry gives no country. Weights:
 * {@link Feature}.
 */
public final class CountryAgreement implements Qualifier {

    private final FeatureWeights weights;

    public CountryAgreement(FeatureWeights weights) {
        this.weights = weights;
    }

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
            return Optional.of(FeatureScore.of(Feature.COUNTRY_MATCH, 1.0, weights, screened));
        }
        return Optional.of(FeatureScore.of(Feature.COUNTRY_MISMATCH, 1.0, weights,
                "query " + screened + " vs listed " + listed));
    }
}
