package io.interdict.screening.domain.matching.normalisation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Legal forms of companies, recognised as word sequences and written in one canonical form, so that {@code CO.,
 * LTD.}, {@code COMPANY LIMITED} and {@code Co Ltd} are the same words, and {@code OOO}, {@code LLC} and {@code LIMITED
 * LIABILITY COMPANY} too. The matcher down-weights them: a legal form is not required to match.
 */
public final class LegalForms {

    /** Phrase (space-separated words) to its canonical words. */
    private static final Map<String, List<String>> PHRASES = new HashMap<>();
    /** Short forms that are also names or words (Korean surname Sa, Chinese Ao): legal forms only after a name word. */
    private static final Set<String> NEVER_FIRST = Set.of("co", "sa", "ao", "ag", "kg", "nv", "bv", "lp", "spa",
            "sal", "se", "ab", "as", "fz", "cia", "sl", "oy", "ad", "ead", "doo", "tov", "pt", "ltda", "sti");
    private static final int LONGEST = 6;

    static {
        canonical("co", "co", "company", "compania", "cia", "companhia", "compagnie", "kompaniya", "kompania");
        canonical("ltd", "ltd", "limited", "ltda");
        canonical("co ltd", "company limited", "co limited", "company ltd");
        canonical("corp", "corp", "corporation", "korporatsiya");
        canonical("inc", "inc", "incorporated");
        canonical("llc", "llc", "l l c", "limited liability company", "ooo", "tov", "doo", "dooel",
                "limited liability partnership company", "obshchestvo s ogranichennoy otvetstvennostyu",
                "sp z o o", "s de rl", "fz llc", "fzllc", "sarl", "srl", "s r l", "s a r l", "ltd sti", "sti");
        canonical("llp", "llp", "limited liability partnership", "l l p");
        canonical("jsc", "jsc", "ao", "oao", "zao", "pao", "ojsc", "cjsc", "pjsc", "jsco", "joint stock company",
                "open joint stock company", "closed joint stock company", "public joint stock company",
                "joint stock co", "aktsionernoe obshchestvo", "aktsionernoye obshchestvo",
                "otkrytoe aktsionernoe obshchestvo", "zakrytoe aktsionernoe obshchestvo",
                "publichnoe aktsionernoe obshchestvo", "anonim sirketi", "a s", "ead", "pt");
        canonical("plc", "plc", "public limited company", "p l c");
        canonical("gmbh", "gmbh", "g m b h", "gesellschaft mit beschrankter haftung");
        canonical("ag", "ag", "aktiengesellschaft");
        canonical("kg", "kg");
        canonical("sa", "sa", "s a", "societe anonyme", "sociedad anonima", "sociedade anonima", "s a c",
                "sa de cv", "s a de c v", "de cv", "sal", "s a l", "spa", "s p a", "sl", "s l");
        canonical("bv", "bv", "b v");
        canonical("nv", "nv", "n v");
        canonical("fze", "fze", "f z e", "fzco", "fzc", "f z c", "f z co", "fz", "free zone establishment",
                "free zone company");
        canonical("pte", "pte", "private");
        canonical("pty", "pty", "proprietary");
        canonical("bhd", "bhd", "berhad", "sdn bhd", "sendirian berhad");
        canonical("oy", "oy");
        canonical("ab", "ab");
        canonical("se", "se");
        canonical("lp", "lp", "limited partnership");
    }

    /** The long words of legal-form phrases, by length: a misspelling of one of them is corrected (LMITED). */
    private static final Map<Integer, List<String>> LONG_WORDS_BY_LENGTH = new HashMap<>();

    static {
        java.util.Set<String> longWords = new java.util.TreeSet<>();
        for (String phrase : PHRASES.keySet()) {
            for (String word : phrase.split(" ")) {
                if (word.length() >= 6) {
                    longWords.add(word);
                }
            }
        }
        for (String word : longWords) {
            LONG_WORDS_BY_LENGTH.computeIfAbsent(word.length(), k -> new java.util.ArrayList<>()).add(word);
        }
    }

    private LegalForms() {
    }

    /**
     * The legal-form word this word misspells by one letter (inserted, deleted, replaced or swapped with the next),
     * or the word itself. Only words of six letters or more are corrected: shorter ones are too easily a name.
     */
    static String corrected(String word) {
        if (word.length() < 5 || LONG_WORDS_BY_LENGTH.getOrDefault(word.length(), List.of()).contains(word)) {
            return word;   // short, or itself a legal word (anonima is not a misspelt anonim)
        }
        for (int len = word.length() - 1; len <= word.length() + 1; len++) {
            List<String> candidates = LONG_WORDS_BY_LENGTH.get(len);
            if (candidates == null) {
                continue;
            }
            for (String form : candidates) {
                if (form.equals(word)) {
                    return word;
                }
                if (withinOneEdit(word, form)) {
                    return form;
                }
            }
        }
        return word;
    }

    static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        if (la > lb) {
            String t = a; a = b; b = t;
            int tl = la; la = lb; lb = tl;
        }
        int i = 0;
        while (i < la && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la) {
            return true;
        }
        if (la == lb) {
            // one substitution, or two neighbours swapped
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2);
        }
        return a.regionMatches(i, b, i + 1, la - i);
    }

    private static void canonical(String canonical, String... phrases) {
        List<String> words = List.of(canonical.split(" "));
        for (String phrase : phrases) {
            PHRASES.put(phrase, words);
        }
    }

    /**
     * The longest legal-form phrase starting at {@code start}.
     *
     * @return the number of words it covers (0 when none) and, through {@code canonicalOut}, its canonical words
     */
    static int match(List<String> words, int start, List<String> canonicalOut) {
        StringBuilder phrase = new StringBuilder();
        int found = 0;
        List<String> canonical = null;
        for (int len = 1; len <= LONGEST && start + len <= words.size(); len++) {
            if (len > 1) {
                phrase.append(' ');
            }
            phrase.append(words.get(start + len - 1));
            List<String> hit = PHRASES.get(phrase.toString());
            if (hit != null && (start > 0 || len > 1 || !NEVER_FIRST.contains(phrase.toString()))) {
                found = len;
                canonical = hit;
            }
        }
        if (canonical != null) {
            canonicalOut.addAll(canonical);
        }
        return found;
    }

    /** Whether this single word is, in canonical form, a legal form. */
    public static boolean isCanonicalForm(String word) {
        List<String> hit = PHRASES.get(word);
        return hit != null && hit.size() == 1 && hit.get(0).equals(word);
    }
}
