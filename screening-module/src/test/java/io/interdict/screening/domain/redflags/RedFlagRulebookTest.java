package io.interdict.screening.domain.redflags;

import static io.interdict.screening.domain.redflags.InMemoryLookup.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.EntryName;
import io.interdict.screening.domain.model.entry.Identifier;
import io.interdict.screening.domain.model.entry.IdentifierType;
import io.interdict.screening.domain.model.trade.GoodsLine;
import io.interdict.screening.domain.model.trade.PartyRole;
import io.interdict.screening.domain.model.trade.RoutePoint;
import io.interdict.screening.domain.model.trade.TradeParty;
import io.interdict.screening.domain.model.trade.TradeTransaction;
import io.interdict.screening.domain.model.trade.Vessel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RedFlagRulebookTest {

    private static final String LAZARUS_WALLET = "1AjZPMsnmpdK2Rv9KQNfMurTXinscVro9V";

    private final InMemoryLookup lookup = new InMemoryLookup()
            .with(entry("11111", EntityType.ENTITY, "DPRK", List.of(
                    EntryName.primary("KOREA MINING DEVELOPMENT TRADING CORPORATION"), EntryName.weak("KOMID")),
                    List.of(new Identifier(IdentifierType.BIC, "KOMIKPPY", "", "Korea, North"))))
            .with(entry("22222", EntityType.VESSEL, "DPRK4", List.of(EntryName.primary("CHON MA SAN")),
                    List.of(Identifier.of(IdentifierType.IMO, "IMO 8660313"))))
            .with(entry("33333", EntityType.ENTITY, "DPRK3", List.of(EntryName.primary("LAZARUS GROUP")),
                    List.of(new Identifier(IdentifierType.DIGITAL_CURRENCY_ADDRESS, LAZARUS_WALLET, "XBT", ""))))
            .with(entry("44444", EntityType.ENTITY, "SDGT", List.of(EntryName.primary("AL-QAIDA SUPPLY CO")), List.of()));

    private final RedFlagRulebook rulebook = RedFlagRulebook.dprk(lookup);

    private static TradeTransaction transaction(List<TradeParty> parties, List<GoodsLine> goods,
                                                List<RoutePoint> route, Vessel vessel) {
        return new TradeTransaction("TX-1", parties, goods, route, Optional.ofNullable(vessel));
    }

    private List<RedFlag> flags(TradeTransaction tx, String ruleId) {
        return rulebook.evaluate(tx).flags().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @Test
    void ordinaryTradeRaisesNothing() {
        var tx = transaction(List.of(TradeParty.named(PartyRole.BUYER, "Hamburg Textil GmbH", "DE"),
                        TradeParty.named(PartyRole.SELLER, "Ningbo Garments Co", "CN")),
                List.of(GoodsLine.of("cotton t-shirts", "610910", 12_000, "EUR")),
                List.of(new RoutePoint(RoutePoint.Kind.LOADING, "Ningbo", "CN"),
                        new RoutePoint(RoutePoint.Kind.DISCHARGE, "Hamburg", "DE")), null);

        RedFlagRulebook.Report report = rulebook.evaluate(tx);

        assertThat(report.isClear()).isTrue();
        assertThat(report.highestSeverity()).isEmpty();
    }

    @Nested
    class GoodsOfConcernThroughHubs {

        @Test
        void gyroscopesForAConsigneeInDandongAreHeld() {
            var tx = transaction(List.of(TradeParty.named(PartyRole.CONSIGNEE, "Dandong Hongxiang Trading", "CN")
                            .withAddress("No. 8 Binjiang Road, Dandong, Liaoning")),
                    List.of(GoodsLine.of("fibre optic gyroscopes, navigation grade", "901420", 48_000, "USD")),
                    List.of(), null);

            List<RedFlag> flags = flags(tx, "DPRK-04");

            assertThat(flags).singleElement().satisfies(flag -> {
                assertThat(flag.severity()).isEqualTo(Severity.HIGH);
                assertThat(flag.explanation()).contains("Dandong");
                assertThat(flag.evidence()).anySatisfy(e -> assertThat(e).contains("gyroscop").contains("HS 901420"));
            });
        }

        @Test
        void maragingSteelTransshippedAtVladivostokIsHeldByRoute() {
            var tx = transaction(List.of(TradeParty.named(PartyRole.BUYER, "Primorye Metals LLC", "RU")),
                    List.of(GoodsLine.of("Maraging steel bar 18Ni(350)", "722830", 210_000, "USD")),
                    List.of(new RoutePoint(RoutePoint.Kind.TRANSSHIPMENT, "Vladivostok", "RU")), null);

            assertThat(flags(tx, "DPRK-04")).singleElement()
                    .satisfies(flag -> assertThat(flag.explanation()).contains("transshipment at Vladivostok"));
        }

        @Test
        void theSameGoodsToEuropeAreNotFlagged() {
            var tx = transaction(List.of(TradeParty.named(PartyRole.CONSIGNEE, "Safran Electronics", "FR")
                            .withAddress("Massy, Paris")),
                    List.of(GoodsLine.of("fibre optic gyroscopes", "901420", 48_000, "USD")),
                    List.of(new RoutePoint(RoutePoint.Kind.DISCHARGE, "Le Havre", "FR")), null);

            assertThat(flags(tx, "DPRK-04")).isEmpty();
        }

        @Test
        void everydayGoodsThroughHongKongAreNotFlagged() {
            var tx = transaction(List.of(TradeParty.named(PartyRole.CONSIGNEE, "Kowloon Toys Ltd", "HK")),
                    List.of(GoodsLine.of("plush toys", "950300", 9_000, "USD")), List.of(), null);

            assertThat(flags(tx, "DPRK-04")).isEmpty();
        }
    }

    @Nested
    class DiplomaticBuyers {

        @Test
        void aCommercialCounsellorBuyingBearingsIsHeld() {
            var buyer = TradeParty.named(PartyRole.BUYER, "O Yong Ho", "RU")
                    .withOccupation("Commercial Counsellor, Embassy of the DPRK in Moscow");
            var tx = transaction(List.of(buyer), List.of(GoodsLine.of("spherical roller bearings", "848230", 15_000, "USD")),
                    List.of(), null);

            assertThat(flags(tx, "DPRK-03")).singleElement().satisfies(flag -> {
                assertThat(flag.severity()).isEqualTo(Severity.HIGH);
                assertThat(flag.explanation()).contains("O Yong Ho").contains("buys industrial goods");
            });
        }

        @Test
        void aPayerWithANorthKoreanMailDomainPayingAnInvoiceIsHeld() {
            var payer = TradeParty.named(PartyRole.PAYER, "Mr Kim", "CN").withContact("kim@star-co.net.kp", "");
            var tx = transaction(List.of(payer), List.of(GoodsLine.of("tea", "090210", 2_000, "USD")), List.of(), null);

            assertThat(flags(tx, "DPRK-03")).singleElement()
                    .satisfies(flag -> assertThat(flag.explanation()).contains("pays a commercial invoice"));
        }

        @Test
        void anEmbassyBuyingCoffeeIsNotFlagged() {
            var buyer = TradeParty.named(PartyRole.BUYER, "Embassy of Sweden", "CN");
            var tx = transaction(List.of(buyer), List.of(GoodsLine.of("coffee beans", "090111", 800, "USD")), List.of(), null);

            assertThat(flags(tx, "DPRK-03")).isEmpty();
        }
    }

    @Nested
    class VagueDescriptions {

        @Test
        void highValueSparePartsAreReviewed() {
            var tx = transaction(List.of(), List.of(GoodsLine.of("Spare parts", "", 80_000, "USD")), List.of(), null);

            assertThat(flags(tx, "DPRK-05")).singleElement().satisfies(flag -> {
                assertThat(flag.severity()).isEqualTo(Severity.MEDIUM);
                assertThat(flag.explanation()).contains("Spare parts");
            });
        }

        @Test
        void lowValueOrSpecificDescriptionsAreNot() {
            var tx = transaction(List.of(), List.of(GoodsLine.of("spare parts", "", 500, "USD"),
                    GoodsLine.of("Hydraulic gear pump Bosch Rexroth AZPF-10", "841360", 80_000, "USD")), List.of(), null);

            assertThat(flags(tx, "DPRK-05")).isEmpty();
        }

        @Test
        void aGyroscopeDeclaredAsCarPartsIsMisdeclared() {
            var tx = transaction(List.of(), List.of(GoodsLine.of("MEMS gyroscope module", "8708.99", 3_000, "USD")),
                    List.of(), null);

            assertThat(flags(tx, "DPRK-05")).singleElement()
                    .satisfies(flag -> assertThat(flag.explanation()).contains("870899").contains("gyroscope"));
        }
    }

    @Nested
    class ListBasedRules {

        @Test
        void aPartyNamedLikeKomidIsHeldAndTheListEntryNamed() {
            var tx = transaction(List.of(TradeParty.named(PartyRole.END_USER,
                    "Korea Mining Development Trading Corporation", "KP")), List.of(), List.of(), null);

            assertThat(flags(tx, "DPRK-01")).singleElement().satisfies(flag -> {
                assertThat(flag.severity()).isEqualTo(Severity.HIGH);
                assertThat(flag.evidence()).contains("us-ofac-sdn:11111");
            });
        }

        @Test
        void aWeakAliasAloneIsOnlyAConfirmationSignal() {
            var tx = transaction(List.of(TradeParty.named(PartyRole.BUYER, "KOMID", "")), List.of(), List.of(), null);

            assertThat(flags(tx, "DPRK-01")).singleElement().satisfies(flag -> {
                assertThat(flag.severity()).isEqualTo(Severity.LOW);
                assertThat(flag.explanation()).contains("weak alias");
            });
        }

        @Test
        void aListedBicIsHeldWhateverTheBankIsCalled() {
            var bank = TradeParty.named(PartyRole.BANK, "Foreign Trade Settlement Bank", "KP")
                    .withIdentifiers(List.of(Identifier.of(IdentifierType.BIC, "KOMI KP PY")));
            var tx = transaction(List.of(bank), List.of(), List.of(), null);

            assertThat(flags(tx, "DPRK-01")).singleElement()
                    .satisfies(flag -> assertThat(flag.explanation()).contains("BIC"));
        }

        @Test
        void nonDprkDesignationsAreLeftToOrdinaryScreening() {
            var tx = transaction(List.of(TradeParty.named(PartyRole.BUYER, "Al-Qaida Supply Co", "")), List.of(),
                    List.of(), null);

            assertThat(flags(tx, "DPRK-01")).isEmpty();
        }

        @Test
        void aRenamedVesselIsFoundByItsImo() {
            var tx = transaction(List.of(), List.of(), List.of(), new Vessel("BLUE SKY 7", "8660313", "", "SL"));

            assertThat(flags(tx, "DPRK-10")).singleElement().satisfies(flag -> {
                assertThat(flag.severity()).isEqualTo(Severity.HIGH);
                assertThat(flag.explanation()).contains("BLUE SKY 7").contains("CHON MA SAN");
            });
        }

        @Test
        void anUnlistedVesselIsNotFlagged() {
            var tx = transaction(List.of(), List.of(), List.of(), new Vessel("EVER GIVEN", "9811000", "", "PA"));

            assertThat(flags(tx, "DPRK-10")).isEmpty();
        }

        @Test
        void aListedOwnerFlagsTheVessel() {
            var owner = TradeParty.named(PartyRole.VESSEL_OWNER, "Korea Mining Development Trading Corporation", "KP");
            var tx = transaction(List.of(owner), List.of(), List.of(), new Vessel("SEA STAR", "", "", "TG"));

            assertThat(flags(tx, "DPRK-10")).singleElement()
                    .satisfies(flag -> assertThat(flag.explanation()).contains("owner"));
        }

        @Test
        void aLazarusWalletIsHeld() {
            var payer = TradeParty.named(PartyRole.PAYER, "anon", "").withIdentifiers(List.of(
                    new Identifier(IdentifierType.DIGITAL_CURRENCY_ADDRESS, LAZARUS_WALLET, "XBT", "")));
            var tx = transaction(List.of(payer), List.of(), List.of(), null);

            assertThat(flags(tx, "DPRK-15")).singleElement().satisfies(flag -> {
                assertThat(flag.severity()).isEqualTo(Severity.HIGH);
                assertThat(flag.explanation()).contains("LAZARUS GROUP");
            });
        }

        @Test
        void anUnlistedWalletIsNotFlagged() {
            var payer = TradeParty.named(PartyRole.PAYER, "anon", "").withIdentifiers(List.of(
                    new Identifier(IdentifierType.DIGITAL_CURRENCY_ADDRESS, "bc1qunlisted000000000000000", "XBT", "")));

            assertThat(flags(transaction(List.of(payer), List.of(), List.of(), null), "DPRK-15")).isEmpty();
        }
    }

    @Test
    void theReportPutsTheMostSevereFlagsFirst() {
        var tx = transaction(List.of(TradeParty.named(PartyRole.CONSIGNEE, "Dandong Trading", "CN")
                        .withAddress("Dandong")),
                List.of(GoodsLine.of("machinery", "", 90_000, "USD"), GoodsLine.of("carbon fibre T800", "681510", 30_000, "USD")),
                List.of(), null);

        RedFlagRulebook.Report report = rulebook.evaluate(tx);

        assertThat(report.flags()).extracting(RedFlag::ruleId).containsExactly("DPRK-04", "DPRK-05");
        assertThat(report.highestSeverity()).contains(Severity.HIGH);
    }
}
