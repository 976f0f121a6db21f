package io.interdict.screening.infrastructure.lists;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.EntryName;
import io.interdict.screening.domain.model.entry.Identifier;
import io.interdict.screening.domain.model.entry.IdentifierType;
import io.interdict.screening.domain.model.entry.ListEntry;
import io.interdict.screening.domain.model.entry.NameStrength;
import io.interdict.screening.domain.model.list.SanctionsList;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OFAC CSV sets in shared/data/lists, checked against the facts its README states. */
class OfacCsvSetReaderRealFilesTest {

    private static SanctionsList sdn;
    private static SanctionsList consolidated;

    @BeforeAll
    static void read() {
        sdn = OfacCsvSetReader.sdn().read(RealLists.resolve("ofac_sdn/2023-12-28"));
        consolidated = OfacCsvSetReader.consolidated().read(RealLists.resolve("ofac_non_sdn_consolidated/2025-12-19_csv"));
    }

    @Test
    void sdnSetHasEveryEntry() {
        assertThat(sdn.size()).isEqualTo(13_821);
        assertThat(sdn.source()).isEqualTo(ListSource.US_OFAC_SDN);
        assertThat(sdn.version().label()).isEqualTo("2023-12-28");
        assertThat(sdn.version().publishDate()).isEmpty();
        assertThat(sdn.version().files()).containsExactly("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv");
        assertThat(sdn.version().sha256()).hasSize(64);
    }

    @Test
    void dprkProgrammes() {
        long dprk = sdn.entries().stream().filter(e -> e.hasProgrammeStartingWith("DPRK")).count();
        assertThat(dprk).isEqualTo(479);
        ListEntry komid = sdn.entry("9345").orElseThrow();
        assertThat(komid.primaryName().text()).isEqualTo("KOREA MINING DEVELOPMENT TRADING CORPORATION");
        assertThat(komid.type()).isEqualTo(EntityType.ENTITY);
        assertThat(komid.programmes()).containsExactlyInAnyOrder("NPWMD", "DPRK2");
        assertThat(komid.weakAliases()).containsExactly(new EntryName("KOMID", NameStrength.WEAK, "a.k.a."));
    }

    @Test
    void individualsKeepTheListsNameOrderAndRemarksFacts() {
        ListEntry kim = sdn.entry("18848").orElseThrow();
        assertThat(kim.primaryName().text()).isEqualTo("KIM, Kwang Hyok");
        assertThat(kim.type()).isEqualTo(EntityType.INDIVIDUAL);
        assertThat(kim.nationalities()).containsExactly("KP");
        assertThat(kim.birthDates()).extracting(Object::toString).containsExactly("1970-04-20");
        assertThat(kim.identifiers()).contains(new Identifier(IdentifierType.PASSPORT, "654210025", "Passport", "Korea, North"));
        assertThat(kim.linkedTo()).contains("KOREA MINING DEVELOPMENT TRADING CORPORATION");
    }

    @Test
    void vesselCarriesImoMmsiCallSignAndFlag() {
        ListEntry artavil = sdn.entry("15036").orElseThrow();
        assertThat(artavil.type()).isEqualTo(EntityType.VESSEL);
        assertThat(artavil.identifiers()).contains(Identifier.of(IdentifierType.IMO, "9187629"),
                Identifier.of(IdentifierType.MMSI, "572469210"), Identifier.of(IdentifierType.CALL_SIGN, "T2EU4"));
        assertThat(artavil.nationalities()).containsExactly("IR");
        long vesselsWithImo = sdn.entries().stream().filter(e -> e.type() == EntityType.VESSEL)
                .filter(e -> e.identifiers().stream().anyMatch(i -> i.type() == IdentifierType.IMO)).count();
        // the README counts 755; three vessels write "IMO  8730455" (two spaces) or "IMO 9256860 (Russia)"
        assertThat(vesselsWithImo).isEqualTo(757);
    }

    @Test
    void strongAliasesComeFromAltCsvAndAddressesFromAddCsv() {
        ListEntry bank = sdn.entry("306").orElseThrow();
        assertThat(bank.names()).contains(EntryName.strong("NATIONAL BANK OF CUBA", "a.k.a."),
                new EntryName("BNC", NameStrength.WEAK, "a.k.a."));
        assertThat(bank.addresses()).hasSize(4).anySatisfy(a -> {
            assertThat(a.street()).isEqualTo("Zweierstrasse 35");
            assertThat(a.city()).isEqualTo("Zurich CH-8022");
            assertThat(a.countryCode()).isEqualTo("CH");
        });
    }

    @Test
    void lazarusLinkedWalletsIncludeThoseOnlyInTheCommentsOverflow() {
        ListEntry tian = sdn.entry("28263").orElseThrow();
        assertThat(tian.programmes()).containsExactlyInAnyOrder("DPRK3", "CYBER2");
        assertThat(tian.identifiers()).filteredOn(i -> i.type() == IdentifierType.DIGITAL_CURRENCY_ADDRESS)
                .hasSize(8).allMatch(i -> i.qualifier().equals("XBT"))
                .contains(new Identifier(IdentifierType.DIGITAL_CURRENCY_ADDRESS, "134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak", "XBT", ""));
        // sdn.csv cuts this remark at "a.k.a. 'snowsjo"; sdn_comments.csv holds "hn'; Linked To: LAZARUS GROUP."
        assertThat(tian.weakAliases()).extracting(EntryName::text).contains("tianyinyin0404", "snowsjohn");
        assertThat(tian.linkedTo()).containsExactly("LAZARUS GROUP");
        ListEntry overflowOnly = sdn.entry("29703").orElseThrow();
        assertThat(overflowOnly.identifiers()).contains(new Identifier(IdentifierType.DIGITAL_CURRENCY_ADDRESS,
                "LWnbjLYUfqeokfbWM4FcU7uk2FP2DSxuWS", "LTC", ""));
    }

    @Test
    void digitalCurrencyAddressesAcrossTheList() {
        long addresses = sdn.entries().stream().flatMap(e -> e.identifiers().stream())
                .filter(i -> i.type() == IdentifierType.DIGITAL_CURRENCY_ADDRESS).count();
        long entries = sdn.entries().stream().filter(e -> e.identifiers().stream()
                .anyMatch(i -> i.type() == IdentifierType.DIGITAL_CURRENCY_ADDRESS)).count();
        // README: 579 occurrences (563 unique) in 49 entries; the model keeps each address once per entry
        assertThat(addresses).isBetween(563L, 579L);
        assertThat(entries).isEqualTo(49);
    }

    @Test
    void weakAliasesExistAndAreWeak() {
        long weak = sdn.entries().stream().flatMap(ListEntry::weakAliases).count();
        assertThat(weak).isGreaterThan(3_000);
        assertThat(sdn.entries().stream().flatMap(ListEntry::weakAliases)).allMatch(n -> !n.strength().mayCreateHit());
    }

    @Test
    void typesAndNationalitiesAreRecognised() {
        Map<EntityType, Integer> counts = sdn.countsByType();
        assertThat(counts.keySet()).containsExactlyInAnyOrder(EntityType.values());
        long withNationality = sdn.entries().stream().filter(e -> e.remarks().contains("nationality ")).count();
        long recognised = sdn.entries().stream().filter(e -> e.remarks().contains("nationality "))
                .filter(e -> !e.nationalities().isEmpty()).count();
        assertThat(recognised).isEqualTo(withNationality);
    }

    @Test
    void consolidatedCsvSet() {
        assertThat(consolidated.size()).isEqualTo(442);
        assertThat(consolidated.source()).isEqualTo(ListSource.US_OFAC_CONS);
        assertThat(consolidated.entries()).allMatch(e -> e.source() == ListSource.US_OFAC_CONS);
        assertThat(consolidated.entries().stream().filter(e -> e.hasProgrammeStartingWith("DPRK"))).isEmpty();
    }
}
