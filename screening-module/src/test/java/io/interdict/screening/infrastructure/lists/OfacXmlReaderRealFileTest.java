package io.interdict.screening.infrastructure.lists;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.entry.BirthDate;
import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.EntryName;
import io.interdict.screening.domain.model.entry.IdentifierType;
import io.interdict.screening.domain.model.entry.ListEntry;
import io.interdict.screening.domain.model.list.SanctionsList;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** OFAC's consolidated (non-SDN) XML of 2025-03-28 in shared/data/lists. */
class OfacXmlReaderRealFileTest {

    private static SanctionsList xml;

    @BeforeAll
    static void read() {
        xml = new OfacXmlReader(ListSource.US_OFAC_CONS).read(RealLists.resolve("ofac_non_sdn_consolidated/2025-03-28_xml"));
    }

    @Test
    void versionAndCount() {
        assertThat(xml.size()).isEqualTo(443);
        assertThat(xml.version().publishDate()).contains(LocalDate.of(2025, 3, 28));
        assertThat(xml.version().label()).isEqualTo("2025-03-28_xml");
        assertThat(xml.version().sha256()).startsWith("ce9a9a18d03b81d0");
        assertThat(xml.entries().stream().filter(e -> e.hasProgrammeStartingWith("DPRK"))).isEmpty();
    }

    @Test
    void individualsAreWrittenLikeTheCsv() {
        ListEntry haniya = xml.entry("9639").orElseThrow();
        assertThat(haniya.type()).isEqualTo(EntityType.INDIVIDUAL);
        assertThat(haniya.primaryName().text()).isEqualTo("HANIYA, Ismail Abdul Salah");
        assertThat(haniya.names()).contains(EntryName.strong("HANIYYA, Ismaeel", "a.k.a."));
        assertThat(haniya.programmes()).containsExactly("NS-PLC");
        assertThat(haniya.birthDates()).containsExactly(BirthDate.ofYear(1962));
        assertThat(haniya.birthPlaces()).containsExactly("Shati");
    }

    @Test
    void weakAliasesComeFromTheirCategory() {
        assertThat(xml.entries().stream().flatMap(ListEntry::weakAliases).count()).isGreaterThan(50);
    }

    @Test
    void identifiersFromIdList() {
        assertThat(xml.entries().stream().flatMap(e -> e.identifiers().stream())
                .filter(i -> i.type() == IdentifierType.BIC)).hasSize(33);
        assertThat(xml.entries().stream().flatMap(e -> e.identifiers().stream())
                .map(i -> i.qualifier())).doesNotContain("Secondary sanctions risk:", "Target Type");
    }

    @Test
    void xmlAndCsvAgreeOnEntriesBothHold() {
        SanctionsList csv = OfacCsvSetReader.consolidated().read(RealLists.resolve("ofac_non_sdn_consolidated/2025-12-19_csv"));
        ListEntry fromXml = xml.entry("9639").orElseThrow();
        ListEntry fromCsv = csv.entry("9639").orElseThrow();
        assertThat(fromXml.primaryName()).isEqualTo(fromCsv.primaryName());
        assertThat(fromXml.birthDates()).isEqualTo(fromCsv.birthDates());
        assertThat(fromXml.programmes()).isEqualTo(fromCsv.programmes());
    }
}
