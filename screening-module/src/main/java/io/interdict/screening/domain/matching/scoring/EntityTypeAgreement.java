package io.interdict.screening.domain.matching.scoring;

import io.interdict.screening.domain.matching.Feature;
import io.interdict.screening.domain.matching.FeatureScore;
import io.interdict.screening.domain.matching.FeatureWeights;
import io.interdict.screening.domain.matching.ScreeningQuery;
import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.ListEntry;
import java.util.Optional;

/**
 * OFAC's second valid-match question: is one an individual and the other an entity? A person against an
 * organisation or vessel is a {@code type_mismatch}; an entity against a vessel or aircraft an
 * {@code object_type_mismatch}, which costs less. Weights: {@link Feature}.
 */
public final class EntityTypeAgreement implements Qualifier {

    private final FeatureWeights weights;

    public EntityTypeAgreement(FeatureWeights weights) {
        this.weights = weights;
    }

    @Override
    public Optional<FeatureScore> assess(ScreeningQuery query, ListEntry entry) {
        if (query.type().isEmpty()) {
            return Optional.empty();
        }
        EntityType screened = query.type().get();
        EntityType listed = entry.type();
        if (screened == listed) {
            return Optional.of(FeatureScore.of(Feature.TYPE_MATCH, 1.0, weights, screened.key()));
        }
        Feature mismatch = (screened == EntityType.INDIVIDUAL || listed == EntityType.INDIVIDUAL)
                ? Feature.TYPE_MISMATCH : Feature.OBJECT_TYPE_MISMATCH;
        return Optional.of(FeatureScore.of(mismatch, 1.0, weights,
                "query " + screened.key() + " vs listed " + listed.key()));
    }
}
