package io.interdict.ui.interfaces.web.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import io.interdict.casework.domain.model.cases.CaseQuery;
import io.interdict.casework.domain.model.cases.CaseStatus;
import io.interdict.casework.domain.model.cases.Priority;
import io.interdict.casework.domain.model.cases.Queue;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The queue's filters survive the round trip through the address, so that a bookmark reopens the same view. */
class CaseFiltersTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void aBareAddressShowsTheTeamsCasesInTriageMostUrgentFirst() {
        CaseFilters filters = CaseFilters.of(QueryParameters.empty());

        assertThat(filters).isEqualTo(CaseFilters.defaults());
        assertThat(filters.toParameters().getParameters()).isEmpty();
        CaseQuery query = filters.query("analyst", NOW, 2, 50);
        assertThat(query.status()).contains(CaseStatus.IN_TRIAGE);
        assertThat(query.assignee()).isEmpty();
        assertThat(query.order()).isEqualTo(CaseQuery.Order.PRIORITY);
        assertThat(query.page()).isEqualTo(2);
    }

    @Test
    void everyFilterComesBackFromTheAddressItWrote() {
        CaseFilters filters = CaseFilters.defaults().withQueue(Optional.of(new Queue("dprk")))
                .withStatus(Optional.empty()).withPriority(Optional.of(Priority.HIGH))
                .withOverdue(Optional.of(true)).withAssignee(Optional.of("analyst2"))
                .withParty(Optional.of("korea mining")).withOrder(CaseQuery.Order.SLA);

        QueryParameters address = filters.toParameters();

        assertThat(address.getQueryString()).contains("status=any", "queue=dprk", "party=korea", "sort=SLA");
        assertThat(CaseFilters.of(address)).isEqualTo(filters);
    }

    @Test
    void myCasesAreTheOnesIHoldWhateverAssigneeTheAddressNames() {
        CaseFilters mine = CaseFilters.of(QueryParameters.simple(Map.of("scope", "mine", "assignee", "analyst2")));

        assertThat(mine.query("analyst", NOW, 0, 50).assignee()).contains("analyst");
        assertThat(mine.withScope(CaseFilters.Scope.TEAM).query("analyst", NOW, 0, 50).assignee())
                .contains("analyst2");
    }

    @Test
    void valuesThatDoNotReadAreLeftOutSoAnOldBookmarkStillOpens() {
        CaseFilters filters = CaseFilters.of(QueryParameters.simple(Map.of("priority", "URGENT", "queue", "No Such!",
                "overdue", "maybe", "sort", "random", "party", "  ")));

        assertThat(filters.priority()).isEmpty();
        assertThat(filters.queue()).isEmpty();
        assertThat(filters.overdue()).isEmpty();
        assertThat(filters.party()).isEmpty();
        assertThat(filters.order()).isEqualTo(CaseQuery.Order.PRIORITY);
    }
}
