package io.interdict.screening.domain.matching.normalisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameNormaliserTest {

    private final NameNormaliser normaliser = new NameNormaliser();

    private List<String> words(String name) {
        return normaliser.normalise(name).tokens().stream().map(NameToken::text).toList();
    }

    private List<TokenKind> kinds(String name) {
        return normaliser.normalise(name).tokens().stream().map(NameToken::kind).toList();
    }

    @Test
    void foldsCaseDiacriticsAndPunctuation() {
        assertThat(words("MUQALLAD, Rani Ḥasan")).containsExactly("muqallad", "rani", "hasan");
        assertThat(words("Ñúñez-García")).containsExactly("nunez", "garcia");
        assertThat(words("STRAßE Øresund Æther")).containsExactly("strasse", "oresund", "aether");
    }

    @Test
    void apostrophesJoinTheWordTheyAreIn() {
        assertThat(words("Cho Ch’o’l-so’ng")).containsExactly("cho", "chol", "song");
        assertThat(words("AL-SHA'IR")).containsExactly("al", "shair");
    }

    @Test
    void dotsJoinInitialsButSeparateWords() {
        assertThat(words("PACIFIC STEEL F.Z.E.")).containsExactly("pacific", "steel", "fze");
        assertThat(words("CO.,LTD.")).containsExactly("co", "ltd");
        assertThat(words("Dr.Shahab")).containsExactly("dr", "shahab");
        assertThat(words("KHORSHEVA, Natalya D.")).containsExactly("khorsheva", "natalya", "d");
    }

    @Test
    void legalFormsAreCanonicalAndMarked() {
        assertThat(words("XIANGHE TRADE CO., LTD.")).isEqualTo(words("Xianghe Trade Company Limited"));
        assertThat(words("KNT KAT LIMITED LIABILITY COMPANY")).containsExactly("knt", "kat", "llc");
        assertThat(words("OOO KRISTALLSNAB")).containsExactly("llc", "kristallsnab");
        assertThat(words("Logarcheo S A")).isEqualTo(words("LOGARCHEO S.A."));
        assertThat(words("GRUPO FALCON SOCIEDAD ANONIMA")).isEqualTo(words("GRUPO FALCON, S.A."));
        assertThat(kinds("Catalina Holdings Corp")).containsExactly(TokenKind.NAME, TokenKind.NAME, TokenKind.LEGAL_FORM);
    }

    @Test
    void misspelledLegalFormsAreStillLegalForms() {
        assertThat(words("LMITED LIABILITY COMPANY NDN")).containsExactly("llc", "ndn");
        assertThat(words("AL FAY COJPANY")).containsExactly("al", "fay", "co");
    }

    @Test
    void ambiguousShortFormsAreLegalOnlyAfterAName() {
        assertThat(kinds("Ao Feng")).containsExactly(TokenKind.NAME, TokenKind.NAME);
        assertThat(kinds("Rostov Energo AO")).containsExactly(TokenKind.NAME, TokenKind.NAME, TokenKind.LEGAL_FORM);
    }

    @Test
    void functionWordsArticlesTitlesAndInitials() {
        assertThat(kinds("Bank of the East")).containsExactly(TokenKind.NAME, TokenKind.STOPWORD, TokenKind.STOPWORD,
                TokenKind.NAME);
        assertThat(kinds("Abd al-Khaliq el Houthi")).containsExactly(TokenKind.NAME, TokenKind.ARTICLE, TokenKind.NAME,
                TokenKind.ARTICLE, TokenKind.NAME);
        // the sun-letter forms are articles only when hyphenated: "as" alone is an ordinary word
        assertThat(kinds("Nur as-Sayyid")).containsExactly(TokenKind.NAME, TokenKind.ARTICLE, TokenKind.NAME);
        assertThat(kinds("Haji Lala")).containsExactly(TokenKind.TITLE, TokenKind.NAME);
        assertThat(kinds("KUM SONG 5")).containsExactly(TokenKind.NAME, TokenKind.NAME, TokenKind.NUMBER);
        assertThat(kinds("Sultan B.")).containsExactly(TokenKind.NAME, TokenKind.INITIAL);
    }

    @Test
    void conventionalAbbreviationsAreWrittenOut() {
        assertThat(words("Mohd Rashid")).containsExactly("muhammad", "rashid");
        assertThat(words("Acme Intl Mfg Co")).containsExactly("acme", "international", "manufacturing", "co");
    }

    @Test
    void hangulIsRomanisedSyllableBySyllable() {
        assertThat(words("김정은")).containsExactly("gim", "jeong", "eun");
    }

    @Test
    void cyrillicFollowsBgnLikeTheLists() {
        assertThat(words("Жуков Ким Чен")).containsExactly("zhukov", "kim", "chen");
    }

    @Test
    void arabicScriptMeetsItsLatinSpellingsThroughTheSkeleton() {
        NameToken arabic = normaliser.normalise("محمد").tokens().get(0);
        NameToken latin = normaliser.normalise("Muhammad").tokens().get(0);
        assertThat(arabic.skeleton()).isEqualTo(latin.skeleton()).isEqualTo("mhmt");
    }

    @Test
    void hanBecomesToneLessPinyin() {
        assertThat(words("金正恩")).containsExactly("jin", "zheng", "en");
    }

    @Test
    void emptyAndPunctuationOnlyNamesHaveNoWords() {
        assertThat(normaliser.normalise("").isEmpty()).isTrue();
        assertThat(normaliser.normalise(" -- ,. ").isEmpty()).isTrue();
    }
}
