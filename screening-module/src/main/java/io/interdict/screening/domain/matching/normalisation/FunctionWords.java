package io.interdict.screening.domain.matching.normalisation;

import java.util.Set;

/**
 * Words that decorate a name without identifying it: function words, Arabic articles and name particles, and
 * honorifics. Each kind is down-weighted by its {@link TokenKind}; none is dropped, so an exact spelling still wins.
 */
final class FunctionWords {

    private static final Set<String> STOPWORDS = Set.of("of", "the", "and", "for", "in", "on", "at", "to", "und",
            "et", "y", "e");
    /** Arabic articles and connectives, and the particles of European surnames, written or left out at will. */
    private static final Set<String> ARTICLES = Set.of("al", "el", "ul", "bin", "ben", "ibn", "bint", "binti",
            "de", "del", "della", "di", "da", "dos", "das", "du", "des", "la", "le", "van", "von", "der", "den", "ould");
    /** The sun-letter forms of al- (ad-Din, as-Sayyid, ash-Shami): articles only when written with a hyphen. */
    private static final Set<String> ASSIMILATED_ARTICLES = Set.of("ad", "ar", "as", "ash", "at", "az", "an",
            "adh", "ath", "al", "el");
    private static final Set<String> TITLES = Set.of("dr", "mr", "mrs", "ms", "miss", "prof", "haji", "hajji",
            "hadji", "alhaji", "sheikh", "shaikh", "shaykh", "sheik", "mullah", "mulla", "mawlawi", "maulavi",
            "mawlavi", "maulvi", "maulana", "qari", "imam", "general", "gen", "col", "colonel", "captain", "capt",
            "sir", "eng", "engineer", "jr", "sr");

    private FunctionWords() {
    }

    static TokenKind kindOf(String word, boolean hyphenFollows) {
        if (STOPWORDS.contains(word)) {
            return TokenKind.STOPWORD;
        }
        if (ARTICLES.contains(word) || (hyphenFollows && ASSIMILATED_ARTICLES.contains(word))) {
            return TokenKind.ARTICLE;
        }
        if (TITLES.contains(word)) {
            return TokenKind.TITLE;
        }
        return null;
    }
}
