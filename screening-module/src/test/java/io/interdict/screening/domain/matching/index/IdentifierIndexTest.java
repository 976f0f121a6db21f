package io.interdict.screening.domain.matching.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.screening.domain.matching.ListedParties;
import io.interdict.screening.domain.model.entry.Identifier;
import io.interdict.screening.domain.model.entry.IdentifierType;
import io.interdict.screening.domain.model.entry.ListEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifierIndexTest {

    private final ListEntry ship = ListedParties.vesselWithImo();
    private final ListEntry person = ListedParties.person("5", "DOE, Jane")
            .identifier(Identifier.of(IdentifierType.PASSPORT, "PA 123-456"))
            .identifier(Identifier.of(IdentifierType.TAX_ID, "999"))
            .identifier(new Identifier(IdentifierType.DIGITAL_CURRENCY_ADDRESS, "1AbCdEf", "XBT", "")).build();
    private final IdentifierIndex index = new IdentifierIndex(List.of(ship, person));

    @Test
    void findsDecisiveIdentifiersByTheirMatchKey() {
        assertThat(index.find(Identifier.of(IdentifierType.IMO, "8660313"))).singleElement()
                .satisfies(m -> assertThat(m.entryIndex()).isZero());
        assertThat(index.find(Identifier.of(IdentifierType.PASSPORT, "pa123456"))).hasSize(1);
        // lists file one document as a passport or a national id
        assertThat(index.find(Identifier.of(IdentifierType.NATIONAL_ID, "PA123456"))).hasSize(1);
    }

    @Test
    void walletAddressesKeepTheirCase() {
        assertThat(index.find(Identifier.of(IdentifierType.DIGITAL_CURRENCY_ADDRESS, "1AbCdEf"))).hasSize(1);
        assertThat(index.find(Identifier.of(IdentifierType.DIGITAL_CURRENCY_ADDRESS, "1abcdef"))).isEmpty();
    }

    @Test
    void nonDecisiveIdentifiersAreNotIndexed() {
        assertThat(index.find(Identifier.of(IdentifierType.TAX_ID, "999"))).isEmpty();
        assertThat(index.find(Identifier.of(IdentifierType.IMO, "1234567"))).isEmpty();
    }
}
