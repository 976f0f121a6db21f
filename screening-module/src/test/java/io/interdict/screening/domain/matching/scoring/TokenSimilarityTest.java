package io.interdict.screening.domain.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.screening.domain.matching.MatchKind;
import io.interdict.screening.domain.matching.normalisation.NameNormaliser;
import io.interdict.screening.domain.matching.normalisation.NameToken;
import org.junit.jupiter.api.Test;

class TokenSimilarityTest {

    private final NameNormaliser normaliser = new NameNormaliser();

    private NameToken word(String text) {
        return normaliser.normalise(text).tokens().get(0);
    }

    private double sim(String a, String b) {
        return TokenSimilarity.similarity(word(a), word(b));
    }

    @Test
    void exactWordsAreOne() {
        assertThat(sim("Ryonbong", "RYONBONG")).isEqualTo(1.0);
        assertThat(TokenSimilarity.kind(word("kim"), word("KIM"))).isEqualTo(MatchKind.EXACT);
    }

    @Test
    void romanisationVariantsScoreJustBelowExact() {
        assertThat(sim("Choson", "Joseon")).isEqualTo(TokenSimilarity.ROMANISATION);
        assertThat(TokenSimilarity.kind(word("Park"), word("Pak"))).isEqualTo(MatchKind.ROMANISATION);
    }

    @Test
    void vowelVariantsMeetThroughTheSkeleton() {
        assertThat(sim("Mohammed", "Muhammad")).isGreaterThanOrEqualTo(TokenSimilarity.PHONETIC);
        assertThat(TokenSimilarity.kind(word("Husayn"), word("Hussein"))).isIn(MatchKind.PHONETIC, MatchKind.ROMANISATION);
    }

    @Test
    void aSharedSkeletonAloneDoesNotMakeUnrelatedWordsAlike() {
        assertThat(sim("Poseidon", "Bastion")).isLessThan(0.8);
        assertThat(TokenSimilarity.kind(word("Poseidon"), word("Bastion"))).isEqualTo(MatchKind.FUZZY);
        assertThat(sim("Akbar", "Iqbal")).isLessThan(NameAlignment.FULL_CREDIT);
    }

    @Test
    void typosAreFuzzy() {
        assertThat(sim("Panacea", "Panaceaq")).isGreaterThan(0.95);
        assertThat(TokenSimilarity.kind(word("Kontakt"), word("Konakt"))).isEqualTo(MatchKind.FUZZY);
    }

    @Test
    void shortWordsAreJudgedStrictly() {
        assertThat(sim("Jo", "Jon")).isLessThan(JaroWinkler.similarity("jo", "jon"));
    }

    @Test
    void numbersMustBeEqual() {
        assertThat(sim("7893", "7876")).isZero();
        assertThat(sim("5", "5")).isEqualTo(1.0);
    }

    @Test
    void initialsMeetTheWordsTheyBegin() {
        assertThat(TokenSimilarity.similarity(word("B."), word("Bashir"))).isEqualTo(TokenSimilarity.INITIAL);
        assertThat(TokenSimilarity.similarity(word("C."), word("Bashir"))).isZero();
    }

    @Test
    void legalFormsMeetOnlyLegalForms() {
        NameToken ltd = normaliser.normalise("X Limited").tokens().get(1);
        NameToken llc = normaliser.normalise("X LLC").tokens().get(1);
        NameToken limited = normaliser.normalise("Limon").tokens().get(0);
        assertThat(TokenSimilarity.similarity(ltd, ltd)).isEqualTo(1.0);
        assertThat(TokenSimilarity.similarity(ltd, llc)).isEqualTo(TokenSimilarity.OTHER_LEGAL_FORM);
        assertThat(TokenSimilarity.similarity(ltd, limited)).isZero();
    }
}
