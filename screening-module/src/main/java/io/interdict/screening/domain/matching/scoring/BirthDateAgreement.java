package io.interdict.screening.domain.matching.scoring;

import io.interdict.screening.domain.matching.Feature;
import io.interdict.screening.domain.matching.FeatureScore;
import io.interdict.screening.domain.matching.FeatureWeights;
import io.interdict.screening.domain.matching.ScreeningQuery;
import io.interdict.screening.domain.model.entry.BirthDate;
import io.interdict.screening.domain.model.entry.ListEntry;
import java.util.Optional;

/**
 * Date of birth: compatible with one of the listed dates (given what each leaves unknown) is a {@code dob_match};
 * a year apart a {@code dob_near_conflict} (a typo or a different calendar); further apart a {@code dob_conflict},
 * like nomenklatura's {@code dob_year_disjoint} and {@code dob_day_disjoint} together. Weights: {@link Feature}.
 */
public final class BirthDateAgreement implements Qualifier {

    private final FeatureWeights weights;

    public BirthDateAgreement(FeatureWeights weights) {
        this.weights = weights;
    }

    @Override
    public Optional<FeatureScore> assess(ScreeningQuery query, ListEntry entry) {
        if (query.birthDate().isEmpty() || entry.birthDates().isEmpty()) {
            return Optional.empty();
        }
        BirthDate screened = query.birthDate().get();
        int nearest = Integer.MAX_VALUE;
        for (BirthDate listed : entry.birthDates()) {
            if (listed.isCompatibleWith(screened)) {
                return Optional.of(FeatureScore.of(Feature.DOB_MATCH, 1.0, weights, screened + " ~ " + listed));
            }
            nearest = Math.min(nearest, listed.yearDistance(screened));
        }
        Feature conflict = nearest <= 1 ? Feature.DOB_NEAR_CONFLICT : Feature.DOB_CONFLICT;
        return Optional.of(FeatureScore.of(conflict, 1.0, weights,
                "query " + screened + " vs listed " + entry.birthDates()));
    }
}
