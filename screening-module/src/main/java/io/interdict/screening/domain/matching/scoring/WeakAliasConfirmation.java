package io.interdict.screening.domain.matching.scoring;

import io.interdict.screening.domain.matching.FeatureScore;
import java.util.Optional;

/**
 * OFAC FAQ 122-124: a weak alias is too broad to screen on, but when an entry already matched through a strong name
 * or an identifier, the query also matching one of its weak aliases is a further similarity: it adds up to
 * {@value #WEIGHT}. It is only ever asked about entries that are already candidates, so it cannot create a hit.
 */
public final class WeakAliasConfirmation {

    static final double WEIGHT = 0.05;
    static final double MIN_SIMILARITY = 0.85;

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
        return Optional.of(FeatureScore.of("weak_alias_confirms", best, WEIGHT, "weak alias '" + which + "'"));
    }
}
