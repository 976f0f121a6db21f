package io.interdict.screening.infrastructure.lists;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.screening.domain.model.entry.BirthDate;
import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.EntryName;
import io.interdict.screening.domain.model.entry.Identifier;
import io.interdict.screening.domain.model.entry.IdentifierType;
import io.interdict.screening.domain.model.entry.ListEntry;
import io.interdict.screening.domain.model.entry.NameStrength;
import io.interdict.screening.domain.model.list.SanctionsList;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The UN consolidated list in shared/data/lists, checked against the facts its README states. */
class UnConsolidatedXmlReaderRealFileTest {

    private static SanctionsList un;

    @BeforeAll
    static void read() {
        un = new UnConsolidatedXmlReader().read(RealLists.resolve("un_sc_consolidated/UN_consolidated.xml"));
    }

    @Test
    void countsAndVersion() {
        assertThat(un.size()).isEqualTo(1_003);
        assertThat(un.countsByType()).containsEntry(EntityType.INDIVIDUAL, 730).containsEntry(EntityType.ENTITY, 273);
        assertThat(un.version().publishDate()).contains(LocalDate.of(2026, 2, 27));
        assertThat(un.version().sha256()).startsWith("66b392a4090868d2");
    }

    @Test
    void dprkEntriesByReferenceNumber() {
        assertThat(un.entries().stream().filter(e -> e.programmes().contains("DPRK"))).hasSize(155);
        assertThat(un.entries().stream().filter(e -> e.sourceId().startsWith("KPi."))).hasSize(80);
        assertThat(un.entries().stream().filter(e -> e.sourceId().startsWith("KPe."))).hasSize(75);
        ListEntry first = un.entry("KPi.001").orElseThrow();
        assertThat(first.type()).isEqualTo(EntityType.INDIVIDUAL);
        assertThat(first.programmes()).containsExactly("DPRK");
    }

    @Test
    void individualsNamesAreJoinedInListOrder() {
        ListEntry badege = un.entry("CDi.001").orElseThrow();
        assertThat(badege.primaryName().text()).isEqualTo("ERIC BADEGE");
        assertThat(badege.birthDates()).containsExactly(BirthDate.ofYear(1971));
        assertThat(badege.nationalities()).containsExactly("CD");
        assertThat(badege.addresses()).singleElement().satisfies(a -> assertThat(a.countryCode()).isEqualTo("RW"));
    }

    @Test
    void aliasQualities() {
        assertThat(un.entries().stream().flatMap(ListEntry::weakAliases).count()).isGreaterThan(500);
        assertThat(un.entries().stream().flatMap(e -> e.names().stream())
                .filter(n -> n.strength() == NameStrength.STRONG && n.kind().equals("f.k.a."))).isNotEmpty();
        assertThat(un.entries().stream().flatMap(e -> e.names().stream())
                .filter(n -> n.kind().equals("original script"))).hasSizeGreaterThan(300);
    }

    @Test
    void datesOfBirthOfEveryKind() {
        assertThat(un.entries().stream().flatMap(e -> e.birthDates().stream()))
                .anyMatch(BirthDate::isExactDay)
                .anyMatch(d -> d.fromYear() != d.toYear());
    }

    @Test
    void companyImoNumbersFromComments() {
        long withImo = un.entries().stream()
                .filter(e -> e.identifiers().stream().anyMatch(i -> i.type() == IdentifierType.IMO_COMPANY)).count();
        // the README counts 15; KPe.020, KPe.022 and KPe.056-075 all state one, in four spellings
        assertThat(withImo).isEqualTo(16);
        assertThat(un.entry("KPe.020").orElseThrow().identifiers())
                .contains(Identifier.of(IdentifierType.IMO_COMPANY, "1790183"));
        assertThat(un.entry("KPe.066").orElseThrow().identifiers())
                .contains(Identifier.of(IdentifierType.IMO_COMPANY, "5434358"));
        assertThat(un.entries().stream().filter(e -> e.type() == EntityType.VESSEL)).isEmpty();
    }

    @Test
    void passportsAreIdentifiers() {
        assertThat(un.entries().stream().flatMap(e -> e.identifiers().stream())
                .filter(i -> i.type() == IdentifierType.PASSPORT)).hasSizeGreaterThan(250);
        assertThat(un.entries().stream().flatMap(e -> e.names().stream()).map(EntryName::text)).doesNotContain("");
    }
}
