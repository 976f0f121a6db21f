package io.interdict.screening.domain.matching;

import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The weight of every {@link Feature}: the defaults, or the defaults with some overridden. Immutable; an override
 * gives a new table. Configuration names a weight {@code interdict.matching.weight.<feature key>}
 * ({@code interdict.matching.weight.country_mismatch=-0.05}), in a properties file or as a system property.
 */
public final class FeatureWeights {

    /** What a configuration key starts with to name a feature's weight. */
    public static final String KEY_PREFIX = "interdict.matching.weight.";

    private static final FeatureWeights DEFAULTS =
            new FeatureWeights(Arrays.stream(Feature.values()).mapToDouble(Feature::defaultWeight).toArray());

    /** By ordinal: the qualifiers read a weight for every entry they assess. */
    private final double[] weights;

    private FeatureWeights(double[] weights) {
        this.weights = weights;
    }

    public static FeatureWeights defaults() {
        return DEFAULTS;
    }

    public double weight(Feature feature) {
        return weights[feature.ordinal()];
    }

    /** This table with one weight changed. */
    public FeatureWeights with(Feature feature, double weight) {
        if (!Double.isFinite(weight)) {
            throw new IllegalArgumentException("weight of " + feature.key() + " must be a finite number: " + weight);
        }
        double[] changed = weights.clone();
        changed[feature.ordinal()] = weight;
        return new FeatureWeights(changed);
    }

    /**
     * This table with the weights that {@code configuration} names under {@value #KEY_PREFIX}; its other keys are
     * left alone, so the system properties can be passed as they are.
     *
     * @throws IllegalArgumentException naming the key, for a key that names no feature or a value that is no number
     */
    public FeatureWeights overriddenBy(Properties configuration) {
        FeatureWeights result = this;
        for (String key : configuration.stringPropertyNames().stream().sorted().toList()) {
            if (key.startsWith(KEY_PREFIX)) {
                result = result.with(feature(key), number(key, configuration.getProperty(key)));
            }
        }
        return result;
    }

    /** The defaults with the overrides given as system properties ({@code -Dinterdict.matching.weight.dob_match=0.1}). */
    public static FeatureWeights fromSystemProperties() {
        return defaults().overriddenBy(System.getProperties());
    }

    private static Feature feature(String key) {
        String name = key.substring(KEY_PREFIX.length());
        return Feature.byKey(name).orElseThrow(() -> new IllegalArgumentException(
                key + ": no matching feature is called '" + name + "'; known: "
                        + Arrays.stream(Feature.values()).map(Feature::key).collect(Collectors.joining(", "))));
    }

    private static double number(String key, String value) {
        try {
            double weight = Double.parseDouble(value.strip());
            if (Double.isFinite(weight)) {
                return weight;
            }
        } catch (NumberFormatException e) {
            // reported below, with the key
        }
        throw new IllegalArgumentException(key + ": a weight must be a finite number, not '" + value + "'");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeatureWeights that && Arrays.equals(weights, that.weights);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return Arrays.stream(Feature.values()).map(f -> f.key() + "=" + weight(f)).collect(Collectors.joining(", "));
    }
}
