package io.interdict.screening.domain.matching.normalisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RomanisationKeyTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        // McCune-Reischauer (DPRK, the lists) against Revised Romanisation and common spellings
        "ryonbong, ryeonbong", "choson, joseon", "pak, park", "pak, bak", "kim, gim", "ri, lee", "ri, yi",
        "rim, im", "ryu, yu", "chol, cheol", "chol, chul", "song, seong", "kum, geum", "thaephyongsan, taepyeongsan",
        "tae, te", "choe, chwe", "choe, choi", "han, hahn", "chun, choon", "kon, kun", "ra, na", "rung, noong",
        // Arabic and Persian transliterations
        "hussein, husein", "qasim, kasim", "yousef, yusef", "abdullah, abdulla", "hassan, hasan", "ali, aly",
        "khalid, kalid", "mustapha, mustafa"
    })
    void variantsOfOneRomanisationShareTheKey(String a, String b) {
        assertThat(RomanisationKey.key(a)).isEqualTo(RomanisationKey.key(b));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({"mohammed, muhammad", "mohamed, mohammad", "husayn, hussein", "mhmd, muhammad", "qasim, kassem"})
    void vowelSpellingVariantsShareTheSkeleton(String a, String b) {
        assertThat(RomanisationKey.skeleton(RomanisationKey.key(a)))
                .isEqualTo(RomanisationKey.skeleton(RomanisationKey.key(b)));
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource({"kim, kang", "pak, pae", "song, sang", "petrova, beglova", "akbar, iqbal"})
    void differentNamesKeepDifferentKeys(String a, String b) {
        assertThat(RomanisationKey.key(a)).isNotEqualTo(RomanisationKey.key(b));
    }

    @ParameterizedTest
    @CsvSource({"kum5, kum5", "7893, 7893"})
    void numbersAreLeftAlone(String word, String expected) {
        assertThat(RomanisationKey.key(word)).isEqualTo(expected);
    }
}
