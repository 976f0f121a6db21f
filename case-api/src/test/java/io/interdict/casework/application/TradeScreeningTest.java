package io.interdict.casework.application;

import static io.interdict.casework.application.InMemoryCasework.KOMID;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.ScreeningCase;
import io.interdict.screening.domain.model.trade.GoodsLine;
import io.interdict.screening.domain.model.trade.PartyRole;
import io.interdict.screening.domain.model.trade.RoutePoint;
import io.interdict.screening.domain.model.trade.TradeParty;
import io.interdict.screening.domain.model.trade.TradeTransaction;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A trade transaction screened whole: its parties against the lists and the transaction against the DPRK red-flag
 * rules, every hit and flag an alert of one case for the transaction.
 */
class TradeScreeningTest {

    private final InMemoryCasework casework = new InMemoryCasework();
    private final TradeScreening screening = new TradeScreening();

    TradeScreeningTest() {
        screening.activeLists = casework.lists;
        screening.answers = casework.answers;
        screening.replays = casework.replays;
        screening.caseOpening = casework.caseOpening;
        screening.auditTrail = casework.trail;
        screening.clock = casework.clock;
    }

    private static TradeTransaction maragingSteelToDandong(String seller) {
        return new TradeTransaction("INV-77", List.of(TradeParty.named(PartyRole.SELLER, seller, "RU"),
                TradeParty.named(PartyRole.CONSIGNEE, "Liaoning Jinhua Materials Co", "CN")
                        .withAddress("No. 3 Jiangcheng Street, Dandong, Liaoning")),
                List.of(GoodsLine.of("maraging steel bars, grade 350", "7228.30", 48_000, "USD")),
                List.of(new RoutePoint(RoutePoint.Kind.DISCHARGE, "Dandong", "CN")), Optional.empty());
    }

    private ScreeningResult screen(TradeTransaction transaction, Optional<String> key) {
        return screening.screen(transaction, "f-" + transaction.reference(), "trade-system", key).result();
    }

    @Test
    void maragingSteelToDandongRaisesDprk04InTheTransactionsCase() {
        ScreeningResult result = screen(maragingSteelToDandong("Uralsk Special Alloys"), Optional.empty());

        assertThat(result.outcome().name()).isEqualTo("HIT");
        ScreeningResult.HitView flag = result.hits().stream().filter(h -> h.sourceId().equals("DPRK-04"))
                .findFirst().orElseThrow();
        assertThat(flag.source()).isEqualTo(TradeScreening.RED_FLAGS);
        assertThat(flag.explanation()).startsWith("DPRK-04 (HIGH: hold and escalate)").contains("Dandong");
        ScreeningCase opened = casework.cases.stored.get(new CaseId(result.caseId()));
        assertThat(opened.party().name()).as("the receiving party").isEqualTo("Liaoning Jinhua Materials Co");
        assertThat(opened.party().reference()).hasValue("trade:INV-77");
        assertThat(casework.actionsAbout(result.screeningId())).containsExactly("TRADE_SCREENED");
    }

    @Test
    void aListedSellerIsAListHitNamingItsRoleBesideTheFlags() {
        ScreeningResult result = screen(maragingSteelToDandong(KOMID), Optional.empty());

        ScreeningResult.HitView seller = result.hits().stream().filter(h -> h.sourceId().equals("9214"))
                .findFirst().orElseThrow();
        assertThat(seller.explanation()).startsWith("seller '" + KOMID + "': ");
        assertThat(result.hits()).extracting(ScreeningResult.HitView::sourceId).contains("DPRK-04");
        assertThat(casework.cases.stored).hasSize(1);
    }

    @Test
    void ordinaryGoodsBetweenOrdinaryPartiesAreClearAndARepeatedKeyIsAnsweredTheSame() {
        TradeTransaction textiles = new TradeTransaction("INV-78", List.of(
                TradeParty.named(PartyRole.SELLER, "Harriet Pemberton-Ashworth Textiles", "GB"),
                TradeParty.named(PartyRole.BUYER, "Van Dijk Mode BV", "NL")),
                List.of(GoodsLine.of("cotton shirts", "6205.20", 12_000, "EUR")),
                List.of(new RoutePoint(RoutePoint.Kind.DISCHARGE, "Rotterdam", "NL")), Optional.empty());

        ScreeningResult first = screen(textiles, Optional.of("K-1"));
        ScreeningResult again = screen(textiles, Optional.of("K-1"));

        assertThat(first.outcome().name()).isEqualTo("CLEAR");
        assertThat(again.screeningId()).isEqualTo(first.screeningId());
        assertThat(casework.screenings.stored).hasSize(1);
    }
}
