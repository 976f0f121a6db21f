package io.interdict.screening.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.Identifier;
import io.interdict.screening.domain.model.entry.IdentifierType;
import io.interdict.screening.domain.model.trade.PartyRole;
import io.interdict.screening.domain.model.trade.TradeParty;
import io.interdict.screening.domain.model.trade.TradeTransaction;
import io.interdict.screening.domain.model.trade.Vessel;
import io.interdict.screening.domain.redflags.RedFlag;
import io.interdict.screening.domain.redflags.RedFlagRulebook;
import io.interdict.screening.domain.redflags.SanctionsLookup.ListedMatch;
import io.interdict.screening.domain.redflags.Severity;
import io.interdict.screening.infrastructure.lists.ListFormats;
import io.interdict.screening.infrastructure.lists.RealLists;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The red-flag rules answered by the real engine over the real OFAC SDN and UN lists. */
class ListedPartyLookupTest {

    private static ListedPartyLookup lookup;

    @BeforeAll
    static void loadLists() {
        var formats = ListFormats.all().stream()
                .filter(f -> Set.of(ListSource.US_OFAC_SDN, ListSource.UN_SC).contains(f.source())).toList();
        Screener screener = Screener.load(new ListsDirectory(formats), RealLists.directory()).screener();
        lookup = new ListedPartyLookup(screener, 0.8);
    }

    @Test
    void aListedNameIsFoundWithItsDprkDesignation() {
        List<ListedMatch> matches = lookup.matchName("Korea Mining Development Trading Corp", Optional.of(EntityType.ENTITY));

        assertThat(matches).anySatisfy(m -> {
            assertThat(m.entry().key()).isIn("us-ofac-sdn:9345", "un-sc:KPe.001");
            assertThat(m.weakOnly()).isFalse();
            assertThat(m.score()).isGreaterThanOrEqualTo(0.8);
        });
    }

    @Test
    void aWeakAliasAloneIsOnlyAConfirmationSignal() {
        List<ListedMatch> matches = lookup.matchName("BNC", Optional.empty());

        assertThat(matches).anySatisfy(m -> {
            assertThat(m.entry().key()).isEqualTo("us-ofac-sdn:306");
            assertThat(m.weakOnly()).isTrue();
        });
    }

    @Test
    void aCleanNameFindsNothing() {
        assertThat(lookup.matchName("Harriet Pemberton-Ashworth", Optional.of(EntityType.INDIVIDUAL))).isEmpty();
    }

    @Test
    void aVesselIsFoundByItsImoWhateverItIsCalled() {
        assertThat(lookup.findByIdentifier(Identifier.of(IdentifierType.IMO, "IMO 8660313")))
                .extracting(e -> e.key()).contains("us-ofac-sdn:23729");
    }

    @Test
    void theRulebookHoldsARenamedDprkVesselAndALazarusWallet() {
        var payer = TradeParty.named(PartyRole.PAYER, "Blue Ocean Holdings", "SG").withIdentifiers(List.of(
                new Identifier(IdentifierType.DIGITAL_CURRENCY_ADDRESS, "0x098B716B8Aaf21512996dC57EB0615e2383E2f96",
                        "ETH", "")));
        var transaction = new TradeTransaction("TX-42", List.of(payer), List.of(), List.of(),
                Optional.of(new Vessel("SEA BREEZE", "8660313", "", "SL")));

        List<RedFlag> flags = RedFlagRulebook.dprk(lookup).evaluate(transaction).flags();

        assertThat(flags).extracting(RedFlag::ruleId).contains("DPRK-10", "DPRK-15");
        assertThat(flags).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
        assertThat(flags).anySatisfy(f -> assertThat(f.explanation()).contains("CHON MA SAN"));
        assertThat(flags).anySatisfy(f -> assertThat(f.explanation()).contains("LAZARUS GROUP"));
    }
}
