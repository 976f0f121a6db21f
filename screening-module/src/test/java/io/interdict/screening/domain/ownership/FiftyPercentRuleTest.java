package io.interdict.screening.domain.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** OFAC's 50 percent rule on the examples of its 2014 guidance and on chains. */
class FiftyPercentRuleTest {

    private static final Set<String> LISTED = Set.of("X", "Y", "L");

    private static OwnershipLink owns(String owner, String percent, String owned) {
        return new OwnershipLink(owner, owned, new BigDecimal(percent));
    }

    private static FiftyPercentRule rule(OwnershipLink... links) {
        return new FiftyPercentRule(new OwnershipRegister(List.of(links)), LISTED::contains);
    }

    @Test
    void twoListedOwnersOfAQuarterEachBlockTheEntityInTheAggregate() {
        var blocked = rule(owns("X", "25", "E"), owns("Y", "25", "E"), owns("Clean", "50", "E")).evaluate("E");

        assertThat(blocked).hasValueSatisfying(b -> {
            assertThat(b.total()).isEqualByComparingTo("50");
            assertThat(b.shares()).extracting(FiftyPercentRule.CountedShare::holder).containsExactlyInAnyOrder("X", "Y");
        });
    }

    @Test
    void ownershipCascadesDownAChainOfMajorityHoldings() {
        var blocked = rule(owns("L", "50", "B"), owns("B", "50", "C")).evaluate("C");

        assertThat(blocked).hasValueSatisfying(b -> {
            assertThat(b.paths()).containsExactly("L (listed) → 50 % of B → 50 % of C");
            assertThat(b.shares().get(0).listedRoot()).as("where the blocking comes from").isEqualTo("L");
        });
    }

    @Test
    void aThreeLevelChainSummingToFiftyIsBlockedAndFortyNineIsNot() {
        // L owns 60 % of A, A owns 80 % of B (both blocked); B owns 30 % of the party and L 20 % directly
        OwnershipLink[] chain = {owns("L", "60", "A"), owns("A", "80", "B"), owns("B", "30", "P"), owns("L", "20", "P"),
            owns("B", "29", "Q"), owns("L", "20", "Q")};

        var fifty = rule(chain).evaluate("P");
        assertThat(fifty).hasValueSatisfying(b -> {
            assertThat(b.total()).isEqualByComparingTo("50");
            assertThat(b.paths()).containsExactlyInAnyOrder(
                    "L (listed) → 60 % of A → 80 % of B → 30 % of P", "L (listed) → 20 % of P");
        });
        assertThat(rule(chain).evaluate("Q")).as("49 percent").isEmpty();
    }

    @Test
    void aShareHeldThroughAnOwnerThatIsNotBlockedCountsForNothing() {
        // L owns 40 % of M: M is not blocked, so its 100 % of S does not block S
        assertThat(rule(owns("L", "40", "M"), owns("M", "100", "S")).evaluate("S")).isEmpty();
    }

    @Test
    void crossHoldingsDoNotBlockThemselvesButDoNotHideABlockFromOutside() {
        assertThat(rule(owns("A", "60", "B"), owns("B", "60", "A")).evaluate("A")).isEmpty();
        assertThat(rule(owns("A", "40", "B"), owns("B", "60", "A"), owns("L", "30", "B")).evaluate("A"))
                .as("L's 30 % of B does not block it; A's 40 % counts only if A were blocked already").isEmpty();
        assertThat(rule(owns("A", "40", "B"), owns("B", "60", "A"), owns("L", "50", "B")).evaluate("A"))
                .as("L's 50 % blocks B, which holds 60 % of A").isPresent();
    }

    @Test
    void aRegisterWhoseOwnersHoldMoreThanTheWholeIsRefused() {
        assertThatThrownBy(() -> rule(owns("X", "60", "E"), owns("Y", "60", "E")))
                .hasMessageContaining("hold 120 percent of it");
        assertThatThrownBy(() -> owns("X", "0", "E")).hasMessageContaining("more than 0");
    }
}
