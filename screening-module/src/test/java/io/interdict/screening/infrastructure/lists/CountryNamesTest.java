package io.interdict.screening.infrastructure.lists;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountryNamesTest {

    @Test
    void namesTheListsUse() {
        assertThat(CountryNames.iso2("Korea, North")).contains("KP");
        assertThat(CountryNames.iso2("Democratic People's Republic of Korea")).contains("KP");
        assertThat(CountryNames.iso2("Korea, South")).contains("KR");
        assertThat(CountryNames.iso2("Iran")).contains("IR");
        assertThat(CountryNames.iso2("Iran (Islamic Republic of)")).contains("IR");
        assertThat(CountryNames.iso2("Burma")).contains("MM");
        assertThat(CountryNames.iso2("Russia")).contains("RU");
        assertThat(CountryNames.iso2("Russian Federation")).contains("RU");
        assertThat(CountryNames.iso2("Syria")).contains("SY");
        assertThat(CountryNames.iso2("Congo, Democratic Republic of the")).contains("CD");
        assertThat(CountryNames.iso2("Cote d'Ivoire")).contains("CI");
        assertThat(CountryNames.iso2("Côte d’Ivoire")).contains("CI");
        assertThat(CountryNames.iso2("Bosnia and Herzegovina")).contains("BA");
        assertThat(CountryNames.iso2("Hong Kong")).contains("HK");
        assertThat(CountryNames.iso2("United Arab Emirates")).contains("AE");
        assertThat(CountryNames.iso2("CHINA")).contains("CN");
    }

    @Test
    void regionsAndBracketedNotes() {
        assertThat(CountryNames.iso2("Region: Gaza")).contains("PS");
        assertThat(CountryNames.iso2("Region: Crimea")).contains("UA");
        assertThat(CountryNames.iso2("Iraq (previous address)")).contains("IQ");
        assertThat(CountryNames.iso2("Russian Federation (as at November 2010)")).contains("RU");
        assertThat(CountryNames.iso2("Virgin Islands, British")).contains("VG");
        assertThat(CountryNames.iso2("China, Hong Kong Special Administrative Region")).contains("HK");
        assertThat(CountryNames.iso2("Cote d Ivoire")).contains("CI");
    }

    @Test
    void unknownOrBlankIsEmpty() {
        assertThat(CountryNames.iso2("Atlantis")).isEmpty();
        assertThat(CountryNames.iso2("")).isEmpty();
        assertThat(CountryNames.iso2(null)).isEmpty();
    }
}
