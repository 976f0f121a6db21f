package io.interdict.casework.domain.model.payment;

import io.interdict.screening.domain.matching.Hit;
import io.interdict.screening.domain.matching.MatchKind;
import io.interdict.screening.domain.matching.TokenMatch;
import io.interdict.screening.domain.matching.normalisation.NameNormaliser;
import io.interdict.screening.domain.matching.normalisation.NameToken;
import io.interdict.screening.domain.matching.normalisation.TokenKind;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parts of a free text that could be a name. Remittance information and fields 70 and 72 write a name among
 * invoice numbers, codewords and other words ({@code /INV/4711 GOODS FOR KOREA MINING DEVELOPMENT TRADING CORP}),
 * and a name scored against the whole text scores low for all the words that are not its own. So each line or
 * codeword segment ({@code /INV/}, {@code /BNF/}) is cut into words, lines taken as one (a name may wrap at 35
 * characters, and MT's {@code //} continues the line above); words with digits are dropped (references, amounts, dates), and every run of
 * {@value #MIN_WORDS} to {@value #MAX_WORDS} consecutive words is screened as a name: the listed name then meets a
 * span of just its own words. One word alone is not screened, and a span's hit counts only when the span met most
 * of the listed name, two words of it at least besides its legal form ({@link #namesTheEntry}): in free text, one
 * common word that sounds like a listed acronym ({@code SHIRTS} and {@code SDS}) or two that a longer listed name
 * also holds ({@code IMPORT EXPORT}) are no name.
 */
public final class FreeTextNameSpans {

    static final int MIN_WORDS = 2;
    static final int MAX_WORDS = 6;
    /** Spans of one text at most, so that a long text costs a bounded time; the first lines are taken first. */
    static final int MAX_SPANS = 400;
    private static final Set<MatchKind> WORD_MATCHES = EnumSet.of(MatchKind.EXACT, MatchKind.ROMANISATION,
            MatchKind.PHONETIC, MatchKind.FUZZY);
    private static final NameNormaliser NAMES = new NameNormaliser();
    /** How much of a listed name a span must meet, in per cent of its words. */
    static final int COVERED_PERCENT = 75;

    /** MT codewords ({@code /INV/}, {@code /RFB/}) and semicolons separate what does not belong together. */
    private static final Pattern SEGMENTS = Pattern.compile("/[A-Z0-9]{2,8}/|;");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\R(//)?");
    private static final Pattern WORD_BREAKS = Pattern.compile("[^\\p{L}\\p{N}&'.-]+");

    private FreeTextNameSpans() {
    }

    /** The spans to screen, longest first within each segment, without repeats. */
    public static List<String> of(String text) {
        Set<String> spans = new LinkedHashSet<>();
        for (String segment : SEGMENTS.split(LINE_BREAKS.matcher(text).replaceAll(" "))) {
            List<String> words = wordsOf(segment);
            for (int start = 0; start < words.size() && spans.size() < MAX_SPANS; start++) {
                for (int length = Math.min(MAX_WORDS, words.size() - start); length >= MIN_WORDS; length--) {
                    spans.add(String.join(" ", words.subList(start, start + length)));
                }
            }
        }
        return spans.stream().limit(MAX_SPANS).toList();
    }

    /**
     * Whether a span's hit names the listed party: two words at least of the span met words of the listed name as
     * words (exact, romanised, phonetic or fuzzy; not as an initial or a legal form), and those are most of the
     * listed name's own words and initials ({@value #COVERED_PERCENT} %; legal forms, titles and function words
     * aside). A listed
     * name that the span only shares a part of is no name in free text: {@code IMPORT EXPORT CO} is not
     * {@code SAD IMPORT EXPORT COMPANY}, nor {@code INVOICE STAR} {@code STARK I}.
     */
    public static boolean namesTheEntry(Hit hit) {
        long met = hit.tokenMatches().stream().filter(m -> WORD_MATCHES.contains(m.kind()))
                .map(TokenMatch::listToken).distinct().count();
        long words = NAMES.normalise(hit.matchedName()).tokens().stream()
                .filter(t -> t.kind().isNameBearing() || t.kind() == TokenKind.INITIAL).map(NameToken::text)
                .distinct().count();
        return met >= MIN_WORDS && met * 100 >= words * COVERED_PERCENT;
    }

    private static List<String> wordsOf(String segment) {
        return Arrays.stream(WORD_BREAKS.split(segment.toUpperCase(Locale.ROOT)))
                .map(w -> w.replaceAll("^[.'&-]+|[.'&-]+$", ""))
                .filter(w -> !w.isEmpty() && w.chars().noneMatch(Character::isDigit))
                .toList();
    }
}
