package io.interdict.screening.infrastructure.lists;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.EntryName;
import io.interdict.screening.domain.model.entry.IdentifierType;
import io.interdict.screening.domain.model.entry.ListEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The OFAC files in shared/data/lists that are not part of a complete set (and so are never loaded as a list) still
 * exercise the CSV splitter and the remarks parser on other publications than the one the set tests use.
 */
class OfacCsvFileRealFilesTest {

    @Test
    void every2024RemarkParses() {
        OfacCsvFile sdn = OfacCsvFile.read(RealLists.resolve("ofac_sdn/2024-05-03/sdn.csv"), 12);
        assertThat(sdn.rows()).hasSize(14_965);
        long dprk = sdn.rows().stream().filter(r -> r.get(3).contains("DPRK")).count();
        assertThat(dprk).isEqualTo(484);
        long wallets = 0;
        for (OfacCsvFile.Row row : sdn.rows()) {
            ListEntry.Builder entry = ListEntry.builder(ListSource.US_OFAC_SDN, row.get(0), EntityType.ENTITY)
                    .name(EntryName.primary(row.get(1)));
            OfacRemarks.readInto(OfacRemarks.withoutCutClause(row.get(11)), entry);
            wallets += entry.build().identifiers().stream()
                    .filter(i -> i.type() == IdentifierType.DIGITAL_CURRENCY_ADDRESS).count();
        }
        // README: at least 294 occurrences (286 unique) counting cut ones; 18 remarks are cut at 1,000 characters
        // and no comments file exists for that date, so their last clause is left out
        assertThat(wallets).isBetween(280L, 294L);
    }

    @Test
    void the2026PartialFilesSplitCleanly() {
        OfacCsvFile add = OfacCsvFile.read(RealLists.resolve("ofac_sdn/2026-06-02_partial/add.csv"), 6);
        OfacCsvFile alt = OfacCsvFile.read(RealLists.resolve("ofac_sdn/2026-06-02_partial/alt.csv"), 5);
        assertThat(add.rows()).hasSize(24_776);
        assertThat(add.rows().stream().map(r -> r.get(0)).distinct()).hasSize(19_014);
        assertThat(alt.rows()).hasSize(20_260);
        assertThat(alt.rows()).extracting(r -> r.get(2)).allMatch(t -> List.of("aka", "fka", "nka").contains(t));
    }
}
