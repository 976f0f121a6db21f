package io.interdict.screening.infrastructure.lists;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.screening.domain.model.entry.Identifier;
import io.interdict.screening.domain.model.entry.IdentifierType;
import org.junit.jupiter.api.Test;

/** OFAC's idType labels (XML idList, CSL ids) as canonical identifiers. */
class OfacIdTypesTest {

    @Test
    void vesselNumbersLoseTheirPrefix() {
        assertThat(OfacIdTypes.identifier("Vessel Registration Identification", "IMO 8898831", ""))
                .contains(Identifier.of(IdentifierType.IMO, "8898831"));
        assertThat(OfacIdTypes.identifier("MMSI", "572469210", "")).contains(Identifier.of(IdentifierType.MMSI, "572469210"));
        assertThat(OfacIdTypes.identifier("Company Number", "IMO 5342883", ""))
                .contains(Identifier.of(IdentifierType.IMO_COMPANY, "5342883"));
    }

    @Test
    void walletsKeepTheirTicker() {
        assertThat(OfacIdTypes.identifier("Digital Currency Address - XBT", "1Fz29aJmxkqB1NUSoiXVHvp9ahqJJ7Bc5Y", ""))
                .contains(new Identifier(IdentifierType.DIGITAL_CURRENCY_ADDRESS, "1Fz29aJmxkqB1NUSoiXVHvp9ahqJJ7Bc5Y", "XBT", ""));
    }

    @Test
    void documentsKeepLabelAndCountry() {
        assertThat(OfacIdTypes.identifier("SWIFT/BIC", "VTBLAOLU", ""))
                .contains(new Identifier(IdentifierType.BIC, "VTBLAOLU", "SWIFT/BIC", ""));
        assertThat(OfacIdTypes.identifier("Passport", "472220033", "Korea, North"))
                .contains(new Identifier(IdentifierType.PASSPORT, "472220033", "Passport", "Korea, North"));
        assertThat(OfacIdTypes.identifier("Unified Social Credit Code (USCC)", "9113100033607322XK", "China"))
                .contains(new Identifier(IdentifierType.REGISTRATION_NUMBER, "9113100033607322XK",
                        "Unified Social Credit Code (USCC)", "China"));
        assertThat(OfacIdTypes.identifier("ISIN", "US0000000001", "")).isEmpty();
    }

    @Test
    void factsFiledAsIdentifiersAreLeftOut() {
        assertThat(OfacIdTypes.identifier("Secondary sanctions risk:", "North Korea Sanctions Regulations", "")).isEmpty();
        assertThat(OfacIdTypes.identifier("Listing Date (EO 14024 Directive 2):", "24 Feb 2022", "")).isEmpty();
        assertThat(OfacIdTypes.identifier("Gender", "Male", "")).isEmpty();
        assertThat(OfacIdTypes.identifier("Target Type", "Government Entity", "")).isEmpty();
        assertThat(OfacIdTypes.identifier("Passport", "", "")).isEmpty();
    }
}
