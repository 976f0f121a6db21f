package io.interdict.screening.domain.matching.normalisation;

/**
 * One normalised word of a name.
 *
 * @param text     lower-case ASCII letters and digits ({@code ltd} for {@code LIMITED}: legal forms are canonical)
 * @param key      the romanisation key: spelling variants of one romanisation system and another collapse here
 * @param skeleton the consonant skeleton: vowel-spelling variants collapse here (only trusted when 3+ long)
 * @param kind     what the word is, which decides its weight
 */
public record NameToken(String text, String key, String skeleton, TokenKind kind) {

    public static NameToken of(String text, TokenKind kind) {
        if (kind == TokenKind.NUMBER || kind == TokenKind.LEGAL_FORM || kind == TokenKind.INITIAL) {
            return new NameToken(text, text, text, kind);
        }
        String key = RomanisationKey.key(text);
        return new NameToken(text, key, RomanisationKey.skeleton(key), kind);
    }
}
