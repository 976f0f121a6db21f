package io.interdict.screening.domain.matching;

/** How a query word was found alike to a listed word. */
public enum MatchKind {
    /** The same word after case, diacritic, script and punctuation folding. */
    EXACT,
    /** The same romanisation key: a spelling variant of one romanisation system or another (Choson/Joseon). */
    ROMANISATION,
    /** The same consonant skeleton: a vowel-spelling variant (Husayn/Hussein, Mohammed/Muhammad). */
    PHONETIC,
    /** Close by Jaro-Winkler: a typo or a small spelling difference. */
    FUZZY,
    /** An initial against a word that starts with it. */
    INITIAL,
    /** The same legal form written differently ({@code CO., LTD.} / {@code COMPANY LIMITED}). */
    LEGAL_FORM
}
