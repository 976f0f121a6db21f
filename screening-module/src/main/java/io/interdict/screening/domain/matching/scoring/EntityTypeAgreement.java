package io.interdict.screening.domain.matching.scoring;

import io.interdict.screening.domain.matching.FeatureScore;
import io.interdict.screening.domain.matching.ScreeningQuery;
import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.ListEntry;
import java.util.Optional;

/**
 * OFAC's second valid-match question: is one an individual and the other an entity? A person against an
 * organisation or vessel costs {@value #PERSON_MISMATCH}; an entity against a vessel or aircraft costs less
 * ({@value #OBJECT_MISMATCH}) because shipping companies and their ships share names and files mix them up.
 */
public final class EntityTypeAgreement implements Qualifier {

    static final double PERSON_MISMATCH = -0.2;
    static final double OBJECT_MISMATCH = -0.08;
    static final double AGREEMENT = 0.02;

    @Override
    public Optional<FeatureScore> assess(ScreeningQuery query, ListEntry entry) {
        if (query.type().isEmpty()) {
            return Optional.empty();
        }
        EntityType screened = query.type().get();
        EntityType listed = entry.type();
        if (screened == listed) {
            return Optional.of(FeatureScore.of("type_match", 1.0, AGREEMENT, screened.key()));
        }
        double weight = (screened == EntityType.INDIVIDUAL || listed == EntityType.INDIVIDUAL)
                ? PERSON_MISMATCH : OBJECT_MISMATCH;
        return Optional.of(FeatureScore.of("type_mismatch", 1.0, weight,
                "query " + screened.key() + " vs listed " + listed.key()));
    }
}
