package io.interdict.screening.domain.matching.scoring;

import io.interdict.screening.domain.matching.MatchKind;
import io.interdict.screening.domain.matching.normalisation.NameToken;
import io.interdict.screening.domain.matching.normalisation.TokenKind;

/**
 * How alike two normalised words are, in [0,1], and why. Exact words score 1; the same romanisation key 0.95 (a
 * variant spelling, not an error); the same consonant skeleton of 3+ letters at least 0.92; otherwise the best
 * Jaro-Winkler of the words and of their keys. Numbers must be equal; legal forms only meet legal forms; an initial
 * meets a word it begins.
 */
public final class TokenSimilarity {

    static final double ROMANISATION = 0.95;
    static final double PHONETIC = 0.92;
    static final double INITIAL = 0.9;
    static final double OTHER_LEGAL_FORM = 0.7;
    /** A shared skeleton only counts for words already this alike (Poseidon and Bastion share {@code pstn}). */
    static final double PHONETIC_MIN_JW = 0.78;
    static final double SHORT_WORD_PENALTY = 0.08;
    static final double KEY_FUZZY_DISCOUNT = 0.08;

    private TokenSimilarity() {
    }

    public static double similarity(NameToken a, NameToken b) {
        TokenKind ka = a.kind();
        TokenKind kb = b.kind();
        if (ka == TokenKind.LEGAL_FORM || kb == TokenKind.LEGAL_FORM) {
            if (ka != kb) {
                return 0.0;
            }
            return a.text().equals(b.text()) ? 1.0 : OTHER_LEGAL_FORM;
        }
        if (ka == TokenKind.NUMBER || kb == TokenKind.NUMBER) {
            return a.text().equals(b.text()) ? 1.0 : 0.0;
        }
        if (ka == TokenKind.INITIAL || kb == TokenKind.INITIAL) {
            if (ka == kb) {
                return a.text().equals(b.text()) ? 1.0 : 0.0;
            }
            return a.text().charAt(0) == b.text().charAt(0) ? INITIAL : 0.0;
        }
        if (a.text().equals(b.text())) {
            return 1.0;
        }
        if (a.key().equals(b.key())) {
            return ROMANISATION;
        }
        double jw = fuzzy(a, b);
        if (jw < PHONETIC && JaroWinkler.similarity(a.key(), b.key()) >= PHONETIC_MIN_JW && sameSkeleton(a, b)) {
            return PHONETIC;
        }
        if (Math.min(a.text().length(), b.text().length()) <= 3) {
            // one letter of three is a third of the word: Jaro-Winkler is too kind to short words (Jo/Jon 0.91)
            return jw - SHORT_WORD_PENALTY;
        }
        return jw;
    }

    /**
     * Jaro-Winkler of the words, or of their romanisation keys less {@value #KEY_FUZZY_DISCOUNT}: keys fold many
     * letters together (b/v/p, g/k, l/r), so near keys are weaker evidence than near spellings (Petrova and Beglova
     * have near keys).
     */
    static double fuzzy(NameToken a, NameToken b) {
        double text = JaroWinkler.similarity(a.text(), b.text());
        if (text >= PHONETIC) {
            return text;
        }
        return Math.max(text, JaroWinkler.similarity(a.key(), b.key()) - KEY_FUZZY_DISCOUNT);
    }

    /**
     * Same consonant skeleton of 3+ letters, same first letter as written and comparable length: a vowel-spelling
     * variant. The first-letter and length conditions keep skeletons from pairing unrelated words (Akbar and Iqbal
     * share {@code akpr}, Poseidon and Bastion {@code pstn}).
     */
    static boolean sameSkeleton(NameToken a, NameToken b) {
        String ka = a.key();
        String kb = b.key();
        return a.skeleton().length() >= 3 && a.skeleton().equals(b.skeleton()) && a.text().charAt(0) == b.text().charAt(0)
                && Math.min(ka.length(), kb.length()) * 10 >= Math.max(ka.length(), kb.length()) * 6;
    }

    /** Why {@link #similarity} found the two alike (for the hit's reasons; not on the hot path). */
    public static MatchKind kind(NameToken a, NameToken b) {
        if (a.kind() == TokenKind.LEGAL_FORM) {
            return MatchKind.LEGAL_FORM;
        }
        if (a.kind() == TokenKind.INITIAL || b.kind() == TokenKind.INITIAL) {
            return a.text().equals(b.text()) ? MatchKind.EXACT : MatchKind.INITIAL;
        }
        if (a.text().equals(b.text())) {
            return MatchKind.EXACT;
        }
        if (a.key().equals(b.key())) {
            return MatchKind.ROMANISATION;
        }
        double jw = fuzzy(a, b);
        if (jw < PHONETIC && JaroWinkler.similarity(a.key(), b.key()) >= PHONETIC_MIN_JW && sameSkeleton(a, b)) {
            return MatchKind.PHONETIC;
        }
        return MatchKind.FUZZY;
    }
}
