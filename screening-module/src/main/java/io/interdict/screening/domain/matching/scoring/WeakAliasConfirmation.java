package io.interdict.screening.domain.matching.scoring;

import io.interdict.screening.domain.matching.Feature;
import io.interdict.screening.domain.matching.FeatureScore;
import io.interdict.screening.domain.matching.FeatureWeights;
import java.util.Optional;

/**
 * OFAC FAQ 122-124: a weak alias is too broad to screen on, but when an entry already matched through a strong name
 * or an identifier, the query also matching one of its weak aliases is a further similarity
 * ({@code weak_alias_confirms}, value: the alias's name score). It is only ever asked about entries that are already
 * candidates, so it cannot create a hit.
 */
public final class WeakAliasConfirmation {

    /** A weak alias less alike than this confirms nothing: weak aliases are short and common. */
    static final double MIN_SIMILARITY = 0.85;

    private final FeatureWeights weights;

    public WeakAliasConfirmation(FeatureWeights weights) {
        this.weights = weights;
    }

    public Optional<FeatureScore> assess(AlignableName query, AlignableName[] weakAliases, String[] written) {
        double best = 0;
        String which = null;
        for (int i = 0; i < weakAliases.length; i++) {
            double s = NameAlignment.score(query, weakAliases[i]);
            if (s > best) {
                best = s;
                which = written[i];
            }
        }
        if (best < MIN_SIMILARITY) {
            return Optional.empty();
        }
        return Optional.of(FeatureScore.of(Feature.WEAK_ALIAS_CONFIRMS, best, weights, "weak alias '" + which + "'"));
    }
}
