package io.interdict.screening.domain.matching.normalisation;

/**
 * What a word in a name is, which decides how much it weighs: a name word carries the identity, the rest only
 * decorates it and is not required to match.
 */
public enum TokenKind {
    /** A word of the name proper (given name, surname, the distinctive words of a company or vessel name). */
    NAME(1.0),
    /** A number in a name (vessel {@code KUM SONG 5}): must be equal to match, never fuzzy. */
    NUMBER(1.0),
    /** A single letter: a middle initial, matches any word it begins. */
    INITIAL(0.25),
    /** A legal form ({@code ltd}, {@code llc}, {@code jsc}...): recognised, canonicalised and down-weighted. */
    LEGAL_FORM(0.08),
    /** An Arabic article or connective ({@code al}, {@code el}, {@code bin}): written or dropped at will. */
    ARTICLE(0.15),
    /** An honorific or title ({@code dr}, {@code haji}, {@code sheikh}). */
    TITLE(0.1),
    /** A function word ({@code of}, {@code the}, {@code and}). */
    STOPWORD(0.05);

    private final double weightFactor;

    TokenKind(double weightFactor) {
        this.weightFactor = weightFactor;
    }

    /** Multiplies the word's IDF weight in the name score. */
    public double weightFactor() {
        return weightFactor;
    }

    public boolean isNameBearing() {
        return this == NAME || this == NUMBER;
    }
}
