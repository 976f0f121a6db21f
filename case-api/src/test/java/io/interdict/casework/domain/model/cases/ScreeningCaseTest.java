package io.interdict.casework.domain.model.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.casework.domain.model.screening.ListEntryRef;
import io.interdict.casework.domain.model.screening.ScreenedParty;
import io.interdict.screening.domain.model.entry.EntityType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScreeningCaseTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    /** Answers that leave room for a false positive: the hit was on a company name, the party is a person. */
    static ValidMatchChecklist typeMismatch() {
        return new ValidMatchChecklist(Answer.YES, Answer.YES, Answer.NO, IdentifierComparison.CONFLICT, Answer.NO);
    }

    /** Answers that point to a valid match. */
    static ValidMatchChecklist validMatch() {
        return new ValidMatchChecklist(Answer.YES, Answer.NO, Answer.NO, IdentifierComparison.AGREE, Answer.YES);
    }

    static ScreeningCase newCase() {
        ScreenedParty party = new ScreenedParty("Korea Mining Development Trading Corporation", EntityType.ENTITY,
                "KP", null, null, "CUST-1", List.of());
        String listed = "KOREA MINING DEVELOPMENT TRADING CORPORATION";
        Alert alert = new Alert(new ListEntryRef("un-sc", "KPe.001", "2026-02-27", "f".repeat(64)), listed, 1.0,
                EntityType.ENTITY, List.of("DPRK"), new AlertReasons(listed, "exact name", List.of(), List.of()));
        return new ScreeningCase(UUID.randomUUID(), party, List.of(alert),
                new ScreeningCase.TriagePlan(Priority.HIGH, new Queue("dprk"), NOW.plus(Duration.ofHours(4))), "service", NOW);
    }

    @Test
    void aNewCaseWaitsForTriageInItsQueue() {
        ScreeningCase screeningCase = newCase();

        assertThat(screeningCase.status()).isEqualTo(CaseStatus.IN_TRIAGE);
        assertThat(screeningCase.queue()).isEqualTo(new Queue("dprk"));
        assertThat(screeningCase.alerts()).singleElement().extracting(a -> a.entry().key()).isEqualTo("un-sc:KPe.001");
        assertThat(screeningCase.assignee()).isEmpty();
    }

    @Nested
    class Claiming {

        @Test
        void anAnalystClaimsAnUnassignedCase() {
            ScreeningCase screeningCase = newCase();

            screeningCase.claim("analyst", NOW);

            assertThat(screeningCase.assignee()).contains("analyst");
        }

        @Test
        void aCaseHeldBySomeoneElseCannotBeTaken() {
            ScreeningCase screeningCase = newCase();
            screeningCase.claim("analyst", NOW);

            assertThatThrownBy(() -> screeningCase.claim("analyst2", NOW))
                    .isInstanceOf(CaseRuleViolation.class).hasMessageContaining("assigned to analyst");
        }
    }

    @Nested
    class Triage {

        @Test
        void aFalsePositiveClosesTheCaseWithItsRationaleAndChecklist() {
            ScreeningCase screeningCase = newCase();

            Decision decision = screeningCase.triage("analyst", TriageOutcome.FALSE_POSITIVE,
                    "Customer is a natural person born 1990; the hit is a company", typeMismatch(), NOW);

            assertThat(screeningCase.status()).isEqualTo(CaseStatus.CLOSED_FALSE_POSITIVE);
            assertThat(decision.actor()).isEqualTo("analyst");
            assertThat(decision.checklist()).get().extracting(ValidMatchChecklist::typeMismatch).isEqualTo(Answer.YES);
        }

        @Test
        void aDecisionWithoutRationaleIsRefused() {
            assertThatThrownBy(() -> newCase().triage("analyst", TriageOutcome.FALSE_POSITIVE, "  ", typeMismatch(), NOW))
                    .isInstanceOf(CaseRuleViolation.class).hasMessageContaining("rationale");
        }

        @Test
        void anIncompleteChecklistIsRefusedNamingTheMissingAnswers() {
            var incomplete = new ValidMatchChecklist(Answer.YES, null, Answer.NO, null, Answer.NO);

            assertThatThrownBy(() -> newCase().triage("analyst", TriageOutcome.ESCALATE, "looks real", incomplete, NOW))
                    .isInstanceOf(CaseRuleViolation.class)
                    .hasMessageContaining("typeMismatch").hasMessageContaining("identifiers");
        }

        @Test
        void aHitTheChecklistShowsValidCannotBeClosedAsFalse() {
            assertThatThrownBy(() -> newCase().triage("analyst", TriageOutcome.FALSE_POSITIVE, "just closing it",
                    validMatch(), NOW))
                    .isInstanceOf(CaseRuleViolation.class).hasMessageContaining("must be escalated");
        }

        @Test
        void tooLittleDataMeansObtainingMoreBeforeClosing() {
            var noData = new ValidMatchChecklist(Answer.YES, Answer.NO, Answer.NO,
                    IdentifierComparison.INSUFFICIENT_DATA, Answer.NO);

            assertThatThrownBy(() -> newCase().triage("analyst", TriageOutcome.FALSE_POSITIVE, "no idea", noData, NOW))
                    .isInstanceOf(CaseRuleViolation.class).hasMessageContaining("obtain more information");
        }

        @Test
        void aClosedCaseCannotBeTriagedAgain() {
            ScreeningCase screeningCase = newCase();
            screeningCase.triage("analyst", TriageOutcome.FALSE_POSITIVE, "type mismatch", typeMismatch(), NOW);

            assertThatThrownBy(() -> screeningCase.triage("analyst", TriageOutcome.ESCALATE, "again", validMatch(), NOW))
                    .isInstanceOf(CaseRuleViolation.class).hasMessageContaining("CLOSED_FALSE_POSITIVE");
        }
    }

    @Nested
    class FourEyes {

        @Test
        void theEscalatingAnalystCannotDecideTheEscalationEvenAsManager() {
            ScreeningCase screeningCase = newCase();
            screeningCase.triage("manager2", TriageOutcome.ESCALATE, "DOB and passport agree", validMatch(), NOW);

            assertThatThrownBy(() -> screeningCase.decideEscalation("manager2", EscalationOutcome.BLOCK, "block", NOW))
                    .isInstanceOf(FourEyesViolation.class).hasMessageContaining("manager2 escalated this case");
            assertThat(screeningCase.status()).isEqualTo(CaseStatus.ESCALATED);
            assertThat(screeningCase.decisions()).hasSize(1);
        }

        @Test
        void anotherManagerApprovesBlocking() {
            ScreeningCase screeningCase = newCase();
            screeningCase.triage("manager2", TriageOutcome.ESCALATE, "DOB and passport agree", validMatch(), NOW);

            screeningCase.decideEscalation("manager", EscalationOutcome.BLOCK, "KOMID is listed under UN 1718", NOW);

            assertThat(screeningCase.status()).isEqualTo(CaseStatus.BLOCK_APPROVED);
            assertThat(screeningCase.decisions()).extracting(Decision::outcome).containsExactly("ESCALATE", "BLOCK");
        }

        @Test
        void aReturnedCaseGoesBackToTriageWithTheReasonAsAComment() {
            ScreeningCase screeningCase = newCase();
            screeningCase.triage("analyst", TriageOutcome.ESCALATE, "possible match", validMatch(), NOW);

            screeningCase.decideEscalation("manager", EscalationOutcome.RETURN, "Obtain the passport copy", NOW);

            assertThat(screeningCase.status()).isEqualTo(CaseStatus.IN_TRIAGE);
            assertThat(screeningCase.comments()).singleElement().extracting(Comment::text)
                    .asString().contains("Obtain the passport copy");
        }

        @Test
        void afterAReturnTheNewEscalatorIsTheOneWhoCannotDecide() {
            ScreeningCase screeningCase = newCase();
            screeningCase.triage("analyst", TriageOutcome.ESCALATE, "possible match", validMatch(), NOW);
            screeningCase.decideEscalation("manager", EscalationOutcome.RETURN, "get the passport", NOW);
            screeningCase.triage("manager", TriageOutcome.ESCALATE, "passport agrees", validMatch(), NOW);

            assertThatThrownBy(() -> screeningCase.decideEscalation("manager", EscalationOutcome.REJECT, "r", NOW))
                    .isInstanceOf(FourEyesViolation.class);
            screeningCase.decideEscalation("manager2", EscalationOutcome.REJECT, "reject the payment", NOW);
            assertThat(screeningCase.status()).isEqualTo(CaseStatus.REJECT_APPROVED);
        }

        @Test
        void aCaseNotEscalatedHasNoEscalationToDecide() {
            assertThatThrownBy(() -> newCase().decideEscalation("manager", EscalationOutcome.BLOCK, "b", NOW))
                    .isInstanceOf(CaseRuleViolation.class).hasMessageContaining("IN_TRIAGE");
        }
    }

    @Test
    void overdueTriageRaisesThePriorityOnce() {
        ScreeningCase screeningCase = newCase();

        assertThat(screeningCase.markTriageOverdue("system:workflow", NOW)).isTrue();
        assertThat(screeningCase.markTriageOverdue("system:workflow", NOW)).isFalse();

        assertThat(screeningCase.priority()).isEqualTo(Priority.CRITICAL);
        assertThat(screeningCase.isOverdue()).isTrue();
    }
}
