package io.interdict.screening.domain.matching.scoring;

import io.interdict.screening.domain.matching.FeatureScore;
import io.interdict.screening.domain.matching.ScreeningQuery;
import io.interdict.screening.domain.model.entry.ListEntry;
import java.util.Optional;

/**
 * A feature that moves the score of a name match up or down by what else is known (type, date of birth, country);
 * it never creates a hit on its own. Empty when the feature has nothing to compare.
 */
public interface Qualifier {

    Optional<FeatureScore> assess(ScreeningQuery query, ListEntry entry);
}
