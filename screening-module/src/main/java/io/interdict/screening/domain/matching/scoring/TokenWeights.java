package io.interdict.screening.domain.matching.scoring;

import io.interdict.screening.domain.matching.normalisation.NameToken;

/**
 * How much a word says about identity: rare words weigh more than {@code trading}, {@code company} or {@code kim}
 * (inverse document frequency over the listed names), times its kind's factor.
 */
@FunctionalInterface
public interface TokenWeights {

    double weight(NameToken token);

    /** Every word of a kind weighs the same: for tests and for names compared without an index. */
    static TokenWeights uniform() {
        return token -> token.kind().weightFactor();
    }
}
