package io.interdict.screening.domain.matching;

import java.util.Locale;

/**
 * Which query word(s) matched which listed word(s), how well, and why. Joined words appear as one side written with
 * a space ({@code "abd al"} against {@code "abdul"}).
 *
 * @param queryToken  the normalised query word(s)
 * @param listToken   the normalised listed word(s)
 * @param similarity  token similarity in [0,1]
 * @param kind        how the two were found alike
 * @param weight      the pair's weight in the name score (rare words weigh more than {@code trading} or {@code kim})
 */
public record TokenMatch(String queryToken, String listToken, double similarity, MatchKind kind, double weight) {

    @Override
    public String toString() {
        return queryToken + "~" + listToken + " " + Decimals.fixed(similarity, 2) + " " + kind.name().toLowerCase(Locale.ROOT);
    }
}
