package io.interdict.screening.domain.matching;

/**
 * One named feature's part in a hit's score, nomenklatura style: the feature looked at one aspect (name similarity,
 * date of birth, country...), measured {@code value} in [0,1], and moved the score by {@code contribution}
 * ({@code value × weight}; negative for a conflict).
 *
 * @param feature      the feature's name in reasons ({@link Feature#reason()}), e.g. {@code name_similarity}
 * @param value        what the feature measured, in [0,1]
 * @param weight       the feature's weight (negative for penalties)
 * @param contribution what it added to (or, when negative, took from) the score
 * @param detail       a human-readable reason ("query 1971 vs listed 1965")
 */
public record FeatureScore(String feature, double value, double weight, double contribution, String detail) {

    /** What {@code feature} contributes for {@code value} with its weight in {@code weights}. */
    public static FeatureScore of(Feature feature, double value, FeatureWeights weights, String detail) {
        double weight = weights.weight(feature);
        return new FeatureScore(feature.reason(), value, weight, value * weight, detail);
    }

    @Override
    public String toString() {
        return feature + " " + Decimals.signed(contribution, 3) + " (" + detail + ")";
    }
}
