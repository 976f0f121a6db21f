package io.interdict.screening.domain.matching;

import java.util.Arrays;
import java.util.Optional;

/**
 * The features a hit's score is made of, with their default weights: the one table of them, as nomenklatura's
 * {@code logic_v1} declares its features and qualifiers in one list. A feature measures one aspect of a query and a
 * listed entry, in [0,1], and contributes value × weight to the score. Two features produce a score on their own
 * (name similarity, an equal decisive identifier); the others are qualifiers: they only move the score of an entry a
 * name already brought up, so what else is known about a party can never create a hit by itself.
 *
 * <p>Weights can be overridden ({@link FeatureWeights}); the table in {@code docs/screening.md} is generated from
 * this one. The order is the order in which the engine adds the contributions up.
 */
public enum Feature {

    NAME_SIMILARITY("name_similarity", 1.0, false,
            "share of word weight the query's name and the listed name have in common"),
    IDENTIFIER_MATCH("identifier_match", 1.0, false,
            "a decisive identifier (IMO, MMSI, wallet, BIC, passport, national id) equal to a listed one"),
    TYPE_MATCH("type_match", 0.02, true, "same entity type"),
    TYPE_MISMATCH("type_mismatch", -0.2, true, "an individual against an organisation, vessel or aircraft"),
    /** Less than {@link #TYPE_MISMATCH}: shipping companies and their ships share names, and files mix them up. */
    OBJECT_TYPE_MISMATCH("object_type_mismatch", "type_mismatch", -0.08, true,
            "an organisation, vessel or aircraft against another of the three"),
    DOB_MATCH("dob_match", 0.05, true, "date of birth compatible with a listed one"),
    /** A year apart: a typo or another calendar, so less than a plain conflict. */
    DOB_NEAR_CONFLICT("dob_near_conflict", "dob_conflict", -0.06, true, "date of birth a year from the nearest listed one"),
    DOB_CONFLICT("dob_conflict", -0.2, true, "date of birth further from every listed one"),
    COUNTRY_MATCH("country_match", 0.04, true, "country among the listed nationalities and address countries"),
    /** Less than a type or birth-date conflict: people move and companies have branches. */
    COUNTRY_MISMATCH("country_mismatch", -0.1, true, "country not among the listed ones"),
    WEAK_ALIAS_CONFIRMS("weak_alias_confirms", 0.05, true,
            "the query also matches one of the entry's weak aliases (OFAC FAQ 122-124); value: that similarity");

    private final String key;
    private final String reason;
    private final double defaultWeight;
    private final boolean qualifier;
    private final String meaning;

    Feature(String key, double defaultWeight, boolean qualifier, String meaning) {
        this(key, key, defaultWeight, qualifier, meaning);
    }

    Feature(String key, String reason, double defaultWeight, boolean qualifier, String meaning) {
        this.key = key;
        this.reason = reason;
        this.defaultWeight = defaultWeight;
        this.qualifier = qualifier;
        this.meaning = meaning;
    }

    /** The feature's own name: in configuration keys and in the documentation's table. */
    public String key() {
        return key;
    }

    /**
     * The name a hit's reasons give it. The same as the key, except that the milder of two kinds of one conflict
     * reads as that conflict ({@code object_type_mismatch} is a {@code type_mismatch}).
     */
    public String reason() {
        return reason;
    }

    public double defaultWeight() {
        return defaultWeight;
    }

    /** Whether it only adjusts a score that another feature produced. */
    public boolean isQualifier() {
        return qualifier;
    }

    /** What it measures, in a phrase. */
    public String meaning() {
        return meaning;
    }

    public static Optional<Feature> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
