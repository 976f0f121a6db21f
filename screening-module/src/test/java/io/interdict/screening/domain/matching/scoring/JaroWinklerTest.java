package io.interdict.screening.domain.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JaroWinklerTest {

    /** The textbook values (Winkler 1990; the same as commons-text's JaroWinklerSimilarity). */
    @ParameterizedTest(name = "{0}/{1} = {2}")
    @CsvSource({"martha, marhta, 0.9611", "dwayne, duane, 0.84", "dixon, dicksonx, 0.8133", "abc, abc, 1.0",
        "abc, xyz, 0.0", "jellyfish, smellyfish, 0.8963"})
    void matchesTheReferenceValues(String a, String b, double expected) {
        assertThat(JaroWinkler.similarity(a, b)).isCloseTo(expected, within(0.0005));
        assertThat(JaroWinkler.similarity(b, a)).isCloseTo(expected, within(0.0005));
    }

    @ParameterizedTest
    @CsvSource({"'', abc", "abc, ''"})
    void emptyIsNothingAlike(String a, String b) {
        assertThat(JaroWinkler.similarity(a, b)).isZero();
    }

    @org.junit.jupiter.api.Test
    void longWordsTakeTheSlowPathWithTheSameResult() {
        String a = "federalstateunitaryenterprisecentralresearchinstituteofstructuralmaterials";
        String b = "federalstateunitaryenterprisecentralresearchinstituteofstructuralmaterial";
        assertThat(JaroWinkler.similarity(a, b)).isBetween(0.99, 1.0);
    }
}
