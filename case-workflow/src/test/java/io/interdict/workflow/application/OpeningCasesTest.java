package io.interdict.workflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.casework.domain.model.cases.Alert;
import io.interdict.casework.domain.model.cases.Priority;
import io.interdict.casework.domain.model.cases.ScreeningCase;
import io.interdict.casework.domain.model.screening.ScreenedParty;
import io.interdict.screening.domain.model.entry.EntityType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The case being opened is found by its id while its process starts, and only then. */
class OpeningCasesTest {

    private static ScreeningCase opened() {
        ScreenedParty party = new ScreenedParty("Ocean Maritime Management", EntityType.ENTITY, "KP", null, null,
                "CUST-9", List.of());
        Alert alert = new Alert("us-ofac-sdn", "12345", "2026-11-20", "a".repeat(64), "OCEAN MARITIME MANAGEMENT", 0.97,
                "{}");
        Instant now = Instant.parse("2026-11-23T09:00:00Z");
        return new ScreeningCase(UUID.randomUUID(), party, List.of(alert),
                new ScreeningCase.TriagePlan(Priority.MEDIUM, "sanctions", now.plusSeconds(3600)), now);
    }

    @Test
    void theCaseIsFoundDuringItsStartOnly() {
        ScreeningCase opening = opened();

        var seen = OpeningCases.during(opening, () -> List.of(
                OpeningCases.current(opening.id()), OpeningCases.current(UUID.randomUUID())));

        assertThat(seen.get(0)).containsSame(opening);
        assertThat(seen.get(1)).as("another case's id").isEmpty();
        assertThat(OpeningCases.current(opening.id())).as("after the start").isEmpty();
    }

    @Test
    void aFailedStartLeavesNothingBehind() {
        ScreeningCase opening = opened();
        try {
            OpeningCases.during(opening, () -> {
                throw new IllegalStateException("the process could not start");
            });
        } catch (IllegalStateException expected) {
            // the start failed; the hand-over must be gone all the same
        }

        assertThat(OpeningCases.current(opening.id())).isEmpty();
    }
}
