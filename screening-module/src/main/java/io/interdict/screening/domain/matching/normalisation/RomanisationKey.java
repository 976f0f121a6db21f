package io.interdict.screening.domain.matching.normalisation;

/**
 * Two keys per word that make romanisation variants meet, derived from how the romanisation systems differ rather
 * than from lists of names.
 *
 * <p><b>Romanisation key</b> ({@link #key}): the choices on which McCune-Reischauer (used by North Korea and by the
 * lists for DPRK names) and Revised Romanisation (South Korea) differ are folded to one letter: vowels {@code eo}/{@code
 * o} (ŏ), {@code eu}/{@code u} (ŭ); consonant pairs that MR writes by aspiration and RR by voicing ({@code k/g},
 * {@code t/d}, {@code p/b}, {@code ch/j}); {@code r/l} (one Korean letter, ㄹ); the initial ㄹ/ㄴ that RR drops before
 * {@code i}/{@code y} ({@code Ri}/{@code Lee}/{@code Yi}, {@code Rim}/{@code Im}, {@code Ryu}/{@code Yu}) and writes
 * {@code n} before the other vowels in a syllable ({@code Ra}/{@code Na}, {@code Rung}/{@code Noong}); and the
 * English-style {@code Park} for {@code Pak}. The same folding serves Arabic and Persian transliterations, which differ
 * on {@code q/k}, {@code kh/k}, {@code dh/d}, {@code th/t}, {@code sh/s}, {@code ou/u}, {@code ee/i}, doubled
 * consonants (shadda written or not) and a final {@code h} (tā' marbūṭa).
 *
 * <p><b>Consonant skeleton</b> ({@link #skeleton}): the key without its vowels (except the first letter), because
 * Arabic script writes no short vowels and each transliteration supplies its own: Mohammed, Muhammad and Arabic
 * {@code mhmd} all give {@code mhmt}; Husayn, Hussein, {@code hsyn} give {@code hsn}.
 */
public final class RomanisationKey {

    private RomanisationKey() {
    }

    /** The romanisation key of a lower-case ASCII word. Words with digits are returned unchanged. */
    public static String key(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return word;
            }
        }
        String s = word;
        if (s.startsWith("rh")) {
            s = "r" + s.substring(2);
        }
        // RR drops an initial ㄹ/ㄴ before i and y (MR keeps it): Ri/Li/Lee/Rhee -> i..., Ryu -> yu, Rim -> im
        if (s.length() <= 4 && s.length() > 1 && (s.charAt(0) == 'r' || s.charAt(0) == 'l' || s.charAt(0) == 'n')
                && (s.charAt(1) == 'i' || s.charAt(1) == 'y' || s.startsWith("ee", 1))) {
            s = s.substring(1);
        }
        if (s.length() <= 4 && (s.startsWith("yi") || s.startsWith("yee"))) {
            s = s.substring(1);
        }
        // ...and writes it n before the other vowels of a syllable (Ra Nam/Na Nam, Rung/Noong)
        if (s.length() <= 4 && s.length() > 1 && (s.charAt(0) == 'r' || s.charAt(0) == 'l') && isVowel(s.charAt(1))) {
            s = "n" + s.substring(1);
        }
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char next = i + 1 < n ? s.charAt(i + 1) : 0;
            switch (c) {
                case 'e' -> {
                    if (next == 'o' || next == 'u') { out.append('o'); i++; }   // eo, eu (RR) = o, u (MR ŏ, ŭ)
                    else if (next == 'e') { out.append('i'); i++; }             // ee = i (Lee, Saeed)
                    else if (next == 'y') { out.append("ei"); i++; }
                    else { out.append('e'); }
                }
                case 'o' -> {
                    if (next == 'o' || next == 'u') { out.append('o'); i++; }   // oo, ou = u (Choon, Yousef)
                    else if (next == 'e' || next == 'i') { out.append('e'); i++; } // oe = we = oi (Choe/Chwe/Choi)
                    else { out.append('o'); }
                }
                case 'u' -> out.append('o');                                      // ŏ is written u too (Chul, Sung)
                case 'w' -> {
                    if (next == 'e' && i > 0 && !isVowel(s.charAt(i - 1))) { out.append('e'); i++; }
                    else { out.append('w'); }
                }
                case 'a' -> {
                    if (next == 'e') { out.append('e'); i++; }                  // ae = e (Tae/Te)
                    else if (next == 'y') { out.append("ai"); i++; }
                    else { out.append('a'); }
                }
                case 'y' -> {
                    // y as a vowel (Aly, Sayyid): i; y before a vowel stays a consonant (Yong, Ryu)
                    boolean beforeVowel = next != 0 && (isVowel(next) || next == 'o');
                    out.append(beforeVowel ? 'y' : 'i');
                }
                case 'h' -> {
                    // h after a vowel and not before one is silent in most romanisations (Hahn/Han, Ahmad/Amad)
                    boolean afterVowel = i > 0 && isVowel(s.charAt(i - 1));
                    boolean beforeVowel = next != 0 && (isVowel(next) || next == 'y');
                    if (!afterVowel || beforeVowel) {
                        out.append('h');
                    }
                }
                case 't' -> {
                    if (s.startsWith("tch", i)) { out.append('j'); i += 2; }
                    else if (next == 'h') { out.append('t'); i++; }
                    else { out.append('t'); }
                }
                case 'c' -> {
                    if (next == 'h') { out.append('j'); i++; }                  // ch (MR) = j (RR)
                    else if (next == 'k') { out.append('k'); i++; }
                    else if (next == 'e' || next == 'i' || next == 'y') { out.append('s'); }
                    else { out.append('k'); }
                }
                case 'd' -> {
                    if (next == 'j') { out.append('j'); i++; }
                    else if (next == 'h') { out.append('t'); i++; }
                    else { out.append('t'); }
                }
                case 'z' -> {
                    if (next == 'h') { out.append('j'); i++; }
                    else { out.append('s'); }
                }
                case 's' -> {
                    if (next == 'h') { i++; }
                    out.append('s');
                }
                case 'k', 'g' -> {
                    if (next == 'h') { i++; }
                    out.append('k');
                }
                case 'p' -> {
                    if (next == 'h') { i++; }
                    out.append('p');
                }
                case 'q' -> out.append('k');
                case 'b', 'f', 'v' -> out.append('p');
                case 'l' -> out.append('r');
                case 'x' -> out.append("ks");
                default -> out.append(c);
            }
        }
        // Park, Bark: the English-style r before a consonant in a short Korean syllable (Pak)
        if (out.length() <= 5) {
            for (int i = 1; i + 1 < out.length(); i++) {
                if (out.charAt(i) == 'r' && isVowel(out.charAt(i - 1)) && !isVowel(out.charAt(i + 1))) {
                    out.deleteCharAt(i);
                    break;
                }
            }
        }
        // doubled letters (shadda, Hassan/Hasan) and a final h after a vowel (Abdullah/Abdulla)
        StringBuilder key = new StringBuilder(out.length());
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (key.length() > 0 && key.charAt(key.length() - 1) == c) {
                continue;
            }
            key.append(c);
        }
        int last = key.length() - 1;
        if (last >= 2 && key.charAt(last) == 'h' && isVowel(key.charAt(last - 1))) {
            key.setLength(last);
        }
        return key.toString();
    }

    /**
     * The consonant skeleton of a romanisation key: the first letter (any vowel as {@code a}), then the consonants in
     * order. Consonants either side of a dropped vowel are both kept ({@code muhamat} gives {@code mhmt}).
     */
    public static String skeleton(String key) {
        if (key.isEmpty()) {
            return key;
        }
        StringBuilder out = new StringBuilder(key.length());
        char first = key.charAt(0);
        out.append(isVowel(first) || first == 'y' || first == 'w' ? 'a' : first);
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!isVowel(c) && c != 'y' && c != 'w') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
