package io.interdict.screening.infrastructure.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.entry.BirthDate;
import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.EntryName;
import io.interdict.screening.domain.model.entry.Identifier;
import io.interdict.screening.domain.model.entry.IdentifierType;
import io.interdict.screening.domain.model.entry.ListEntry;
import io.interdict.screening.domain.model.entry.NameStrength;
import org.junit.jupiter.api.Test;

/** Clause by clause, on clauses as OFAC writes them in the SDN remarks. */
class OfacRemarksTest {

    private static ListEntry read(String remarks) {
        ListEntry.Builder entry = ListEntry.builder(ListSource.US_OFAC_SDN, "1", EntityType.INDIVIDUAL)
                .name(EntryName.primary("KIM, Kwang Hyok"));
        OfacRemarks.readInto(remarks, entry);
        return entry.build();
    }

    @Test
    void fullDateOfBirth() {
        assertThat(read("DOB 20 Apr 1967.").birthDates()).containsExactly(BirthDate.ofDay(1967, 4, 20));
    }

    @Test
    void monthAndYearOfBirth() {
        assertThat(read("DOB Apr 1967.").birthDates()).containsExactly(BirthDate.ofMonth(1967, 4));
    }

    @Test
    void yearOfBirth() {
        assertThat(read("DOB 1967.").birthDates()).containsExactly(BirthDate.ofYear(1967));
    }

    @Test
    void circaYearIsARange() {
        assertThat(read("DOB circa 1960.").birthDates()).containsExactly(BirthDate.ofYears(1958, 1962));
        assertThat(read("DOB circa 1958-1962.").birthDates()).containsExactly(BirthDate.ofYears(1958, 1962));
    }

    @Test
    void yearRanges() {
        assertThat(read("DOB 1958 to 1962.").birthDates()).containsExactly(BirthDate.ofYears(1958, 1962));
        assertThat(read("DOB 01 Jan 1958 to 31 Dec 1962.").birthDates()).containsExactly(BirthDate.ofYears(1958, 1962));
        assertThat(read("DOB 01 Mar 1960 to 01 Mar 1960.").birthDates()).containsExactly(BirthDate.ofDay(1960, 3, 1));
    }

    @Test
    void alternativeDatesOfBirth() {
        assertThat(read("DOB 26 Mar 1968; alt. DOB 15 Oct 1970; alt. DOB 1972.").birthDates())
                .containsExactly(BirthDate.ofDay(1968, 3, 26), BirthDate.ofDay(1970, 10, 15), BirthDate.ofYear(1972));
    }

    @Test
    void impossibleDateOfBirthIsRefused() {
        assertThatThrownBy(() -> read("DOB 31 Feb 1967.")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DOB 31 Feb 1967").hasMessageContaining("no such date");
        assertThatThrownBy(() -> read("DOB sometime in 1967.")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a date");
        assertThatThrownBy(() -> read("DOB 12 Foo 1967.")).hasMessageContaining("unknown month");
    }

    @Test
    void placeOfBirth() {
        assertThat(read("DOB 1962; POB Pyongyang, North Korea.").birthPlaces()).containsExactly("Pyongyang, North Korea");
    }

    @Test
    void nationalityAndCitizenshipBecomeIsoCodes() {
        assertThat(read("nationality Korea, North; citizen Iran.").nationalities()).containsExactlyInAnyOrder("KP", "IR");
        assertThat(read("nationality Burma; alt. nationality Russia; citizen Syria.").nationalities())
                .containsExactlyInAnyOrder("MM", "RU", "SY");
        assertThat(read("nationality Congo, Democratic Republic of the.").nationalities()).containsExactly("CD");
    }

    @Test
    void genderAndUnknownClausesAreKeptOnlyInTheRemarks() {
        ListEntry entry = read("Gender Male; Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210.");
        assertThat(entry.identifiers()).isEmpty();
        assertThat(entry.names()).hasSize(1);
    }

    @Test
    void passportWithCountryAndExpiry() {
        assertThat(read("Passport 199110092 (Korea, North) expires 17 Mar 2014; alt. Passport 472220503 (Korea, North).")
                .identifiers()).containsExactly(
                    new Identifier(IdentifierType.PASSPORT, "199110092", "Passport", "Korea, North"),
                    new Identifier(IdentifierType.PASSPORT, "472220503", "Passport", "Korea, North"));
    }

    @Test
    void nationalIdTaxIdAndRegistrationNumber() {
        ListEntry entry = read("National ID No. 216040 (Yemen); Tax ID No. 7707083893 (Russia); "
                + "Registration Number 1027700132195 (Russia); Identification Number 321284198607120616 (China).");
        assertThat(entry.identifiers()).containsExactly(
                new Identifier(IdentifierType.NATIONAL_ID, "216040", "National ID No.", "Yemen"),
                new Identifier(IdentifierType.TAX_ID, "7707083893", "Tax ID No.", "Russia"),
                new Identifier(IdentifierType.REGISTRATION_NUMBER, "1027700132195", "Registration Number", "Russia"),
                new Identifier(IdentifierType.NATIONAL_ID, "321284198607120616", "Identification Number", "China"));
    }

    @Test
    void bicWebsiteEmailPhone() {
        ListEntry entry = read("SWIFT/BIC HAVIGB2L; Website www.havanaintbank.co.uk; Email Address 417136259@qq.com; "
                + "Email:adelb@shabakah.net.sa; Phone Number 8613621583465.");
        assertThat(entry.identifiers()).containsExactly(
                Identifier.of(IdentifierType.BIC, "HAVIGB2L"),
                Identifier.of(IdentifierType.WEBSITE, "www.havanaintbank.co.uk"),
                Identifier.of(IdentifierType.EMAIL, "417136259@qq.com"),
                Identifier.of(IdentifierType.EMAIL, "adelb@shabakah.net.sa"),
                Identifier.of(IdentifierType.PHONE, "8613621583465"));
    }

    @Test
    void vesselImoAndMmsi() {
        ListEntry entry = read("Former Vessel Flag Malta; Vessel Registration Identification IMO 9187629; MMSI 572469210; "
                + "f.k.a. 'ALPHA'; Linked To: NATIONAL IRANIAN TANKER COMPANY.");
        assertThat(entry.identifiers()).containsExactly(Identifier.of(IdentifierType.IMO, "9187629"),
                Identifier.of(IdentifierType.MMSI, "572469210"));
        assertThat(entry.linkedTo()).containsExactly("NATIONAL IRANIAN TANKER COMPANY");
        assertThat(entry.names().get(1)).isEqualTo(new EntryName("ALPHA", NameStrength.WEAK, "f.k.a."));
    }

    @Test
    void companyImoNumbers() {
        assertThat(read("Company Number IMO 5342883; alt. Identification Number IMO 1790183.").identifiers())
                .containsExactly(Identifier.of(IdentifierType.IMO_COMPANY, "5342883"),
                        Identifier.of(IdentifierType.IMO_COMPANY, "1790183"));
        assertThat(read("Company Number 01074897 (United Kingdom).").identifiers()).containsExactly(
                new Identifier(IdentifierType.REGISTRATION_NUMBER, "01074897", "Company Number", "United Kingdom"));
    }

    @Test
    void digitalCurrencyAddressesKeepTheirTicker() {
        ListEntry entry = read("Digital Currency Address - XBT 134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak; "
                + "alt. Digital Currency Address - ETH 0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c; "
                + "Digital Currency Address - USDT TPzwBwPpJcd1ffrxMKWkiLhuTKkxqQBGuX.");
        assertThat(entry.identifiers()).containsExactly(
                new Identifier(IdentifierType.DIGITAL_CURRENCY_ADDRESS, "134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak", "XBT", ""),
                new Identifier(IdentifierType.DIGITAL_CURRENCY_ADDRESS, "0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c", "ETH", ""),
                new Identifier(IdentifierType.DIGITAL_CURRENCY_ADDRESS, "TPzwBwPpJcd1ffrxMKWkiLhuTKkxqQBGuX", "USDT", ""));
    }

    @Test
    void quotedAkasAreWeakAliases() {
        ListEntry entry = read("Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210; "
                + "a.k.a. 'KOMID'; a.k.a. 'AL-GAMA'AT'.");
        assertThat(entry.weakAliases()).extracting(EntryName::text).containsExactly("KOMID", "AL-GAMA'AT");
        assertThat(entry.weakAliases()).allMatch(n -> n.strength() == NameStrength.WEAK && !n.strength().mayCreateHit());
    }

    @Test
    void linkedToKeepsTheWholeName() {
        assertThat(read("Linked To: KOREA MINING DEVELOPMENT TRADING CORPORATION.").linkedTo())
                .containsExactly("KOREA MINING DEVELOPMENT TRADING CORPORATION");
    }

    @Test
    void aircraftSerialNumber() {
        assertThat(read("Aircraft Construction Number (also called L/N or S/N or F/N) 8401.").identifiers())
                .containsExactly(new Identifier(IdentifierType.AIRCRAFT_SERIAL, "8401",
                        "Aircraft Construction Number (also called L/N or S/N or F/N)", ""));
    }

    @Test
    void aCellCutAtTheColumnLimitLosesItsLastClause() {
        String head = "Digital Currency Address - XBT 134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak; ";
        String tail = "; alt. Digital Currency Address - XBT 1Gq";
        String cut = head + "x".repeat(OfacRemarks.COLUMN_LIMIT - head.length() - tail.length()) + tail;
        assertThat(cut).hasSize(OfacRemarks.COLUMN_LIMIT);
        ListEntry entry = read(OfacRemarks.withoutCutClause(cut));
        assertThat(entry.identifiers()).containsExactly(new Identifier(IdentifierType.DIGITAL_CURRENCY_ADDRESS,
                "134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak", "XBT", ""));
        assertThat(OfacRemarks.withoutCutClause("DOB 1962.")).isEqualTo("DOB 1962.");
    }

    @Test
    void aWalletClauseWithoutItsAddressGivesNoWallet() {
        assertThat(read("Digital Currency Address - XBT").identifiers()).isEmpty();
        assertThat(read("alt. Digital Currency Address - XBT 1Gq").identifiers()).isEmpty();
    }

    @Test
    void clausesSplitOnSemicolonsAndDropAltPrefix() {
        assertThat(OfacRemarks.clauses("DOB 1962; alt. DOB 1963; nationality Iran;arrested 2002."))
                .containsExactly("DOB 1962", "DOB 1963", "nationality Iran", "arrested 2002");
        assertThat(OfacRemarks.clauses("")).isEmpty();
    }
}
