package io.interdict.screening.domain.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.screening.domain.matching.MatchKind;
import io.interdict.screening.domain.matching.TokenMatch;
import io.interdict.screening.domain.matching.normalisation.NameNormaliser;
import io.interdict.screening.domain.matching.normalisation.NameToken;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameAlignmentTest {

    private final NameNormaliser normaliser = new NameNormaliser();
    /** Common words weigh less, as IDF makes them in the index. */
    private final Map<String, Double> common = Map.of("kim", 0.3, "trading", 0.3, "bank", 0.3, "mohammed", 0.4);
    private final TokenWeights weights = t -> common.getOrDefault(t.text(), 1.0) * t.kind().weightFactor();

    private AlignableName name(String text) {
        return AlignableName.of(normaliser.normalise(text), weights);
    }

    private double score(String query, String listed) {
        return NameAlignment.score(name(query), name(listed));
    }

    @Test
    void identicalNamesScoreOne() {
        assertThat(score("KIM Jong Un", "KIM, Jong Un")).isEqualTo(1.0);
    }

    @Test
    void wordOrderDoesNotMatter() {
        assertThat(score("Jong Un KIM", "KIM, Jong Un")).isEqualTo(1.0);
        assertThat(score("EAST LAND BANK", "BANK OF EAST LAND")).isGreaterThan(0.99);
    }

    @Test
    void legalFormsAreNotRequired() {
        assertThat(score("GMI PROJECTS", "GMI PROJECTS CORPORATION")).isGreaterThan(0.95);
        assertThat(score("GMI PROJECTS LTD", "GMI PROJECTS CORPORATION")).isGreaterThan(0.95);
    }

    @Test
    void joinedAndSplitWordsMeet() {
        assertThat(score("NAMCHONGANG TRADING", "NAM CHON GANG TRADING")).isGreaterThan(0.99);
        assertThat(score("Abdulrahman", "Abdul Rahman")).isGreaterThan(0.99);
        assertThat(score("ALHARAMAYN FOUNDATION", "AL-HARAMAYN FOUNDATION")).isGreaterThan(0.99);
    }

    @Test
    void anUnmatchedQueryWordCostsItsFullWeight() {
        // the given name of one listed person with the surname of another
        assertThat(score("Dragomir FOZ", "FOZ, Lazar")).isLessThan(0.65);
        assertThat(score("Ruslan VOLFOVICH", "VOLFOVICH, Igor Borisovich")).isLessThan(0.65);
    }

    @Test
    void anUnmatchedListedWordCostsLess() {
        double middleDropped = score("Floribert Ngabu", "Floribert Njabu Ngabu");
        assertThat(middleDropped).isBetween(0.85, 0.99);
        assertThat(score("Floribert Njabu Ngabu Kamba", "Floribert Njabu Ngabu")).isLessThan(middleDropped);
    }

    @Test
    void commonWordsWeighLess() {
        // a different rare word costs more than a different common word
        assertThat(score("KIM Ryong", "PAK Ryong")).isGreaterThan(score("KIM Ryong", "KIM Sok"));
    }

    @Test
    void eachWordIsUsedOnce() {
        assertThat(score("Vladimir", "VLADIMIROV, Vladimir Vladimirovich")).isLessThan(0.9);
    }

    @Test
    void theComparisonSaysWhichWordsMatchedAndHow() {
        NameAlignment.Comparison c = NameAlignment.compare(name("Kim Jong Eun"), name("KIM, Jong Un"));
        assertThat(c.pairs()).extracting(TokenMatch::queryToken).containsExactlyInAnyOrder("kim", "jong", "eun");
        assertThat(c.pairs()).filteredOn(p -> p.queryToken().equals("eun")).singleElement()
                .satisfies(p -> {
                    assertThat(p.listToken()).isEqualTo("un");
                    assertThat(p.kind()).isEqualTo(MatchKind.ROMANISATION);
                });
        assertThat(c.score()).isEqualTo(NameAlignment.score(name("Kim Jong Eun"), name("KIM, Jong Un")));
    }

    @Test
    void creditFallsToNothingBelowTheFloor() {
        assertThat(NameAlignment.credit(0.99)).isEqualTo(0.99);
        assertThat(NameAlignment.credit(NameAlignment.CREDIT_FLOOR)).isZero();
        double mid = (NameAlignment.CREDIT_FLOOR + NameAlignment.FULL_CREDIT) / 2;
        assertThat(NameAlignment.credit(mid)).isBetween(0.0, mid);
    }

    @Test
    void emptyNamesScoreNothing() {
        assertThat(score("", "KIM")).isZero();
        NameToken any = normaliser.normalise("kim").tokens().get(0);
        assertThat(any.text()).isEqualTo("kim");
    }
}
