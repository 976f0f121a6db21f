package io.interdict.casework.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.ScreeningCase;
import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.ownership.OwnershipLink;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * OFAC's 50 percent rule in screening: a customer whose name matches nothing is a hit when listed persons own 50 %
 * of it in the aggregate through a three-level chain, with every path in the alert's reasons; at 49 % it is clear.
 */
class OwnershipScreeningTest {

    private final InMemoryCasework casework = new InMemoryCasework();

    private static OwnershipLink owns(String owner, String percent, String owned) {
        return new OwnershipLink(owner, owned, new BigDecimal(percent));
    }

    @BeforeEach
    void loadOwnership() {
        // KOMID owns 60 % of A, A owns 80 % of B: both blocked. B holds 30 % of CUST-50 and 29 % of CUST-49;
        // Banco Nacional de Cuba holds 20 % of each directly.
        casework.ownership.load(List.of(owns("us-ofac-sdn:9214", "60", "HOLD-A"), owns("HOLD-A", "80", "HOLD-B"),
                owns("HOLD-B", "30", "CUST-50"), owns("us-ofac-sdn:306", "20", "CUST-50"),
                owns("HOLD-B", "29", "CUST-49"), owns("us-ofac-sdn:306", "20", "CUST-49")), "0".repeat(64), "admin");
    }

    private ScreeningResult screen(String reference) {
        return casework.screening.screen(new ScreeningCommand("Velmor Industrial Holdings",
                Optional.of(EntityType.ENTITY), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(reference), List.of()), "service", Optional.empty()).result();
    }

    @Test
    void fiftyPercentInTheAggregateThroughAThreeLevelChainIsAHitWithEveryPath() {
        ScreeningResult result = screen("CUST-50");

        assertThat(result.outcome().name()).isEqualTo("HIT");
        ScreeningResult.HitView hit = result.hits().get(0);
        assertThat(hit.sourceId()).as("the listed person of the largest share").isEqualTo("9214");
        assertThat(hit.explanation()).startsWith("owned 50 % in the aggregate by blocked persons")
                .contains("us-ofac-sdn:9214 (listed) → 60 % of HOLD-A → 80 % of HOLD-B → 30 % of CUST-50")
                .contains("us-ofac-sdn:306 (listed) → 20 % of CUST-50");
        assertThat(hit.features()).extracting(ScreeningResult.FeatureView::feature)
                .containsExactly(OwnedByBlockedPersons.FEATURE);
        ScreeningCase opened = casework.cases.stored.get(new CaseId(result.caseId()));
        assertThat(opened.alerts()).extracting(a -> a.entry().key()).containsExactly("us-ofac-sdn:9214");
    }

    @Test
    void fortyNinePercentIsClear() {
        assertThat(screen("CUST-49").outcome().name()).isEqualTo("CLEAR");
    }

    @Test
    void aLoadWhoseOwnersHoldMoreThanTheWholeIsRefusedAndTheRegisterInForceStays() {
        assertThatThrownBy(() -> casework.ownership.load(List.of(owns("X", "60", "CUST-50"), owns("Y", "60", "CUST-50")),
                "1".repeat(64), "admin")).isInstanceOf(OwnershipRefused.class).hasMessageContaining("120");

        assertThat(screen("CUST-50").outcome().name()).isEqualTo("HIT");
        assertThat(casework.ownershipLoads.loads).hasSize(1);
    }
}
