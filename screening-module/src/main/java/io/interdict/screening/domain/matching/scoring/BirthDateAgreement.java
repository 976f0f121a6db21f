package io.interdict.screening.domain.matching.scoring;

import io.interdict.screening.domain.matching.FeatureScore;
import io.interdict.screening.domain.matching.ScreeningQuery;
import io.interdict.screening.domain.model.entry.BirthDate;
import io.interdict.screening.domain.model.entry.ListEntry;
import java.util.Optional;

/**
 * Date of birth: compatible with one of the listed dates (given what each leaves unknown) adds {@value #AGREEMENT};
 * a year apart costs {@value #NEAR_CONFLICT} (a typo or a different calendar); further apart costs
 * {@value #CONFLICT}, like nomenklatura's {@code dob_year_disjoint} and {@code dob_day_disjoint} together.
 */
public final class BirthDateAgreement implements Qualifier {

    static final double AGREEMENT = 0.05;
    static final double NEAR_CONFLICT = -0.06;
    static final double CONFLICT = -0.2;

    @Override
    public Optional<FeatureScore> assess(ScreeningQuery query, ListEntry entry) {
        if (query.birthDate().isEmpty() || entry.birthDates().isEmpty()) {
            return Optional.empty();
        }
        BirthDate screened = query.birthDate().get();
        int nearest = Integer.MAX_VALUE;
        for (BirthDate listed : entry.birthDates()) {
            if (listed.isCompatibleWith(screened)) {
                return Optional.of(FeatureScore.of("dob_match", 1.0, AGREEMENT, screened + " ~ " + listed));
            }
            nearest = Math.min(nearest, listed.yearDistance(screened));
        }
        double weight = nearest <= 1 ? NEAR_CONFLICT : CONFLICT;
        return Optional.of(FeatureScore.of("dob_conflict", 1.0, weight,
                "query " + screened + " vs listed " + entry.birthDates()));
    }
}
