package io.interdict.screening.domain.matching.normalisation;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds a name in any script to lower-case ASCII Latin: diacritics stripped, Cyrillic by BGN/PCGN (Ч → ch, as the
 * lists romanise Russian names), Hangul syllable by syllable (so that 김정은 becomes {@code gim jeong eun}, three words
 * like {@code KIM Jong Un}), Han to toneless pinyin, Arabic, Greek and the rest by ICU's {@code Any-Latin}.
 *
 * <p>ICU transliterators are costly to build (about half a second for this compound one) and not thread-safe, so one
 * instance is built on first use and used under a lock; names that are already Latin (nearly all list names and most
 * queries) never reach it, so the lock is rarely taken.
 */
public final class ScriptFolding {

    private static final String TRANSLITERATOR_ID = "Russian-Latin/BGN; Any-Latin; Latin-ASCII";
    private static Transliterator toLatin;
    private static final Pattern HANGUL_OR_HAN_SYLLABLE = Pattern.compile("([\\p{IsHangul}\\p{IsHan}])(?=[\\p{IsHangul}\\p{IsHan}])");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private ScriptFolding() {
    }

    /** The name in lower-case ASCII; characters with no Latin reading are dropped by the tokeniser later. */
    public static String toAsciiLower(String name) {
        if (isPlainAscii(name)) {
            return lowerAscii(name);
        }
        String text = name;
        if (!isLatinOnly(text)) {
            // one word per Hangul/Han syllable: the spaces are what lets joined and split forms meet later
            Matcher m = HANGUL_OR_HAN_SYLLABLE.matcher(text);
            text = m.replaceAll("$1 ");
            text = transliterate(text);
        }
        text = Normalizer.normalize(text, Normalizer.Form.NFKD);
        text = MARKS.matcher(text).replaceAll("");
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case 'ß' -> out.append("ss");
                case 'æ', 'Æ' -> out.append("ae");
                case 'ø', 'Ø' -> out.append('o');
                case 'œ', 'Œ' -> out.append("oe");
                case 'đ', 'Đ' -> out.append('d');
                case 'ł', 'Ł' -> out.append('l');
                case 'ı' -> out.append('i');
                default -> out.append(c < 128 ? Character.toLowerCase(c) : otherLatin(c));
            }
        }
        return out.toString();
    }

    /** Non-ASCII characters left after NFKD: letters go through ICU, punctuation becomes a separator. */
    private static String otherLatin(char c) {
        if (Character.isLetterOrDigit(c)) {
            String folded = transliterate(String.valueOf(c));
            StringBuilder ascii = new StringBuilder();
            for (char f : folded.toCharArray()) {
                if (f < 128) {
                    ascii.append(Character.toLowerCase(f));
                }
            }
            return ascii.toString();
        }
        // curly apostrophes and modifier letters (Ch’o’l, Sa‘id) join the word like the ASCII apostrophe does
        if (c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u02BB' || c == '\u02BF' || c == '\u02BE'
                || c == '\u00B4' || c == '\u02C8' || c == '\u02CC') {
            return "'";
        }
        return " ";
    }

    private static synchronized String transliterate(String text) {
        if (toLatin == null) {
            toLatin = Transliterator.getInstance(TRANSLITERATOR_ID);
        }
        return toLatin.transliterate(text);
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLatinOnly(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x0250 && Character.isLetter(c) && !(c >= 0x1E00 && c <= 0x1EFF) && !(c >= 0xFF00 && c <= 0xFFEF)) {
                return false;
            }
        }
        return true;
    }

    private static String lowerAscii(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c + 32);
            }
        }
        return new String(chars);
    }
}
