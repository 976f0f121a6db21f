package io.interdict.screening.infrastructure.lists;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.Identifier;
import io.interdict.screening.domain.model.entry.IdentifierType;
import io.interdict.screening.domain.model.entry.ListEntry;
import io.interdict.screening.domain.model.list.SanctionsList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The US CSL of about May 2022 in shared/data/lists. */
class CslCsvReaderRealFileTest {

    private static SanctionsList csl;

    @BeforeAll
    static void read() {
        csl = new CslCsvReader().read(RealLists.resolve("us_csl/consolidated.csv.gz"));
    }

    @Test
    void rowsOfOnePartyOnSeveralListsAreOneEntry() {
        // 14,160 rows; 71 _ids occur on 2-3 rows (SDN + SSI + CAPTA listings of one party): 14,048 entries
        assertThat(csl.size()).isEqualTo(14_048);
        ListEntry vtb = csl.entry("18725").orElseThrow();
        assertThat(vtb.programmes()).contains("SDN", "SSI", "CAP", "UKRAINE-EO13662");
        assertThat(vtb.identifiers()).contains(new Identifier(IdentifierType.BIC, "VTBLAOLU", "SWIFT/BIC", ""));
        assertThat(vtb.linkedTo()).containsExactly("VTB BANK PUBLIC JOINT STOCK COMPANY");
    }

    @Test
    void sdnPart() {
        // each merged party has at most one SDN row, so the SDN part keeps its 10,026 listings
        assertThat(csl.entries().stream().filter(e -> e.programmes().contains("SDN"))).hasSize(10_026);
    }

    @Test
    void dprkVesselsAndWallets() {
        assertThat(csl.entries().stream().filter(e -> e.hasProgrammeStartingWith("DPRK"))).hasSize(428);
        long vesselsWithImo = csl.entries().stream().filter(e -> e.type() == EntityType.VESSEL)
                .filter(e -> e.identifiers().stream().anyMatch(i -> i.type() == IdentifierType.IMO)).count();
        assertThat(vesselsWithImo).isBetween(429L, 433L);
        long wallets = csl.entries().stream().flatMap(e -> e.identifiers().stream())
                .filter(i -> i.type() == IdentifierType.DIGITAL_CURRENCY_ADDRESS).count();
        assertThat(wallets).isBetween(340L, 345L);
    }

    @Test
    void individualsWithDatesOfBirthAndNationality() {
        ListEntry abbas = csl.entry("21944").orElseThrow();
        assertThat(abbas.type()).isEqualTo(EntityType.INDIVIDUAL);
        assertThat(abbas.primaryName().text()).isEqualTo("'ABBAS, Rim");
        assertThat(abbas.birthDates()).extracting(Object::toString).containsExactly("1973-03-25");
        assertThat(abbas.nationalities()).containsExactly("SY");
    }
}
