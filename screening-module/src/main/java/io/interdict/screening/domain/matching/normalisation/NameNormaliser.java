package io.interdict.screening.domain.matching.normalisation;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a name as written into {@link NormalisedName} words: script folding, punctuation (apostrophes join a word,
 * {@code Ch’o’l} is {@code chol}; hyphens, commas, brackets and slashes separate words; dots join initials
 * {@code F.Z.E.} into {@code fze} and otherwise separate), legal forms canonicalised, and every word given its kind.
 * Stateless and thread-safe.
 */
public final class NameNormaliser {

    public NormalisedName normalise(String name) {
        String folded = ScriptFolding.toAsciiLower(name == null ? "" : name);
        List<String> words = new ArrayList<>();
        List<Boolean> hyphenAfter = new ArrayList<>();
        split(folded, words, hyphenAfter);
        words.replaceAll(LegalForms::corrected);
        words.replaceAll(Abbreviations::writtenOut);

        List<NameToken> tokens = new ArrayList<>(words.size());
        List<String> canonical = new ArrayList<>(2);
        for (int i = 0; i < words.size(); ) {
            canonical.clear();
            int covered = LegalForms.match(words, i, canonical);
            if (covered > 0) {
                for (String form : canonical) {
                    tokens.add(NameToken.of(form, TokenKind.LEGAL_FORM));
                }
                i += covered;
                continue;
            }
            String word = words.get(i);
            tokens.add(NameToken.of(word, kindOf(word, hyphenAfter.get(i))));
            i++;
        }
        return new NormalisedName(name, tokens);
    }

    private static TokenKind kindOf(String word, boolean hyphenFollows) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return TokenKind.NUMBER;
            }
        }
        if (word.length() == 1) {
            return TokenKind.INITIAL;
        }
        TokenKind function = FunctionWords.kindOf(word, hyphenFollows);
        return function == null ? TokenKind.NAME : function;
    }

    /** Splits on every non letter-or-digit except apostrophes (dropped inside a word) and dots (see class doc). */
    private static void split(String text, List<String> words, List<Boolean> hyphenAfter) {
        StringBuilder word = new StringBuilder();
        int segment = 0; // letters since the word start or the last joining dot
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                word.append(c);
                segment++;
            } else if (c == '\'' || c == '`') {
                // apostrophes mark aspiration (MR) or an ayn/hamza: part of the word, not a break
            } else if (c == '.') {
                // a dot after a single letter keeps the word open (F.Z.E., S.A.); otherwise it ends the word
                boolean initialDot = segment == 1
                        && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                        && (i + 2 >= n || !Character.isLetter(text.charAt(i + 2)));
                if (!initialDot) {
                    flush(word, words, hyphenAfter, false);
                }
                segment = 0;
            } else if (c == '&') {
                flush(word, words, hyphenAfter, false);
                words.add("and");
                segment = 0;
                hyphenAfter.add(false);
            } else {
                flush(word, words, hyphenAfter, c == '-');
                segment = 0;
            }
        }
    }

    private static void flush(StringBuilder word, List<String> words, List<Boolean> hyphenAfter, boolean hyphen) {
        if (word.length() > 0) {
            words.add(word.toString());
            hyphenAfter.add(hyphen);
            word.setLength(0);
        }
    }
}
