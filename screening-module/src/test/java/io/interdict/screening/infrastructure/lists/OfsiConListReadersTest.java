package io.interdict.screening.infrastructure.lists;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.Identifier;
import io.interdict.screening.domain.model.entry.IdentifierType;
import io.interdict.screening.domain.model.entry.ListEntry;
import io.interdict.screening.domain.model.list.SanctionsList;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OFSI's ConList: the real xlsx in shared/data/lists, and a small ConList.csv in the official layout made of three
 * of its targets' rows (no real ConList.csv could be had), which must read to the same entries.
 */
class OfsiConListReadersTest {

    private static final String DPRK = "Democratic People's Republic of Korea";
    private static SanctionsList xlsx;

    @BeforeAll
    static void read() {
        xlsx = new OfsiConListXlsxReader().read(RealLists.resolve("uk_ofsi_conlist/UK_Sanctions_List.xlsx"));
    }

    @Test
    void oneEntryPerGroupId() {
        assertThat(xlsx.size()).isEqualTo(4_686);
        assertThat(xlsx.version().publishDate()).contains(LocalDate.of(2025, 4, 10));
        assertThat(xlsx.countsByType()).containsEntry(EntityType.VESSEL, 15);
    }

    @Test
    void dprkTargetsAndShipsWithImo() {
        assertThat(xlsx.entries().stream().filter(e -> e.programmes().contains(DPRK))).hasSize(239);
        assertThat(xlsx.entries().stream().filter(e -> e.type() == EntityType.VESSEL))
                .allMatch(e -> e.programmes().contains(DPRK))
                .allMatch(e -> e.identifiers().stream().anyMatch(i -> i.type() == IdentifierType.IMO));
        ListEntry samJong = xlsx.entry("13651").orElseThrow();
        assertThat(samJong.primaryName().text()).isEqualTo("SAM JONG 2");
        assertThat(samJong.identifiers()).contains(Identifier.of(IdentifierType.IMO, "7408873"));
        assertThat(samJong.nationalities()).containsExactly("KP");
        assertThat(samJong.names()).extracting(n -> n.text()).contains("AKTIVA", "RAINBOW CHASER");
    }

    @Test
    void lowQualityAliasesAreWeak() {
        assertThat(xlsx.entries().stream().flatMap(ListEntry::weakAliases).count()).isGreaterThan(500);
    }

    @Test
    void datesOfBirthWithUnknownParts() {
        assertThat(xlsx.entries().stream().flatMap(e -> e.birthDates().stream()))
                .anyMatch(d -> d.isExactDay()).anyMatch(d -> d.month() == 0);
    }

    @Test
    void csvTwinReadsToTheSameEntries() throws URISyntaxException {
        Path csv = Path.of(OfsiConListReadersTest.class.getResource("/lists/ofsi/ConList.csv").toURI());
        SanctionsList twin = new OfsiConListCsvReader().read(csv);
        assertThat(twin.size()).isEqualTo(3);
        assertThat(twin.version().publishDate()).contains(LocalDate.of(2025, 4, 10));
        for (ListEntry entry : twin.entries()) {
            assertThat(entry).isEqualTo(xlsx.entry(entry.sourceId()).orElseThrow());
        }
        assertThat(twin.entries()).anyMatch(e -> e.type() == EntityType.INDIVIDUAL && e.weakAliases().findAny().isPresent());
    }
}
