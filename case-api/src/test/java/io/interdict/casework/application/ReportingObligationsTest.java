package io.interdict.casework.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.casework.domain.model.blocking.BlockedProperty;
import io.interdict.casework.domain.model.blocking.BlockedPropertyStatus;
import io.interdict.casework.domain.model.blocking.UnblockingBasis;
import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.CaseRuleViolation;
import io.interdict.casework.domain.model.cases.EscalationOutcome;
import io.interdict.casework.domain.model.reporting.OfacReport;
import io.interdict.casework.domain.model.reporting.ReportStatus;
import io.interdict.casework.domain.model.reporting.ReportType;
import io.interdict.casework.domain.model.reporting.SanctionsTarget;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What an approved BLOCK or REJECT owes, with the legal deadline counted in US business days from the day of the
 * approval in the institution's zone (fixed clocks around Thanksgiving and New Year).
 */
class ReportingObligationsTest {

    @Test
    void aBlockOnTheEveOfThanksgivingIsReportedWithinTenBusinessDaysAfterIt() {
        // 10:00 in New York on Wednesday 25 November 2026
        InMemoryCasework casework = new InMemoryCasework(Instant.parse("2026-11-25T15:00:00Z"));

        CaseId caseId = casework.decided(EscalationOutcome.BLOCK, "CUST-9");

        BlockedProperty property = casework.register.ofCase(caseId).get(0);
        assertThat(property.status()).isEqualTo(BlockedPropertyStatus.BLOCKED);
        assertThat(property.blockedOn()).isEqualTo("2026-11-25");
        assertThat(property.ownerName()).isEqualTo(InMemoryCasework.KOMID);
        assertThat(property.ownerReference()).contains("CUST-9");
        assertThat(property.holder().name()).isEqualTo("Example Bank");
        assertThat(property.targets()).singleElement().satisfies(target -> {
            assertThat(target.entry().key()).isEqualTo("us-ofac-sdn:9214");
            assertThat(target.programmes()).containsExactly("DPRK");
            assertThat(target.legalAuthorities()).containsExactly("North Korea Sanctions Regulations, 31 C.F.R. part 510");
        });
        OfacReport report = casework.reports.ofCase(caseId).get(0);
        assertThat(report.type()).isEqualTo(ReportType.BLOCKED_PROPERTY);
        assertThat(report.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(report.blockedPropertyId()).contains(property.id());
        assertThat(report.eventDate()).isEqualTo("2026-11-25");
        assertThat(report.dueDate()).as("Thanksgiving and two weekends skipped").isEqualTo("2026-12-10");
        assertThat(casework.reportProcesses.calls).as("midnight in New York, two business days before, and after")
                .containsExactly("start " + report.id() + " remind 2026-12-08T05:00:00Z overdue 2026-12-11T05:00:00Z");
        assertThat(casework.actionsAbout(property.id())).containsExactly("PROPERTY_BLOCKED");
        assertThat(casework.actionsAbout(report.id())).containsExactly("REPORT_OPENED");
    }

    @Test
    void aRejectionLateOnNewYearsEveInNewYorkIsDatedThatDayNotTheNextInUtc() {
        // 21:00 in New York on Thursday 31 December 2026 is already 1 January in UTC
        InMemoryCasework casework = new InMemoryCasework(Instant.parse("2027-01-01T02:00:00Z"));

        CaseId caseId = casework.decided(EscalationOutcome.REJECT, "CUST-9");

        assertThat(casework.register.entries).as("a rejection blocks nothing").isEmpty();
        OfacReport report = casework.reports.ofCase(caseId).get(0);
        assertThat(report.type()).isEqualTo(ReportType.REJECTED_TRANSACTION);
        assertThat(report.eventDate()).isEqualTo(LocalDate.parse("2026-12-31"));
        assertThat(report.dueDate()).as("New Year's Day and the weekends skipped").isEqualTo("2027-01-15");
        assertThat(report.reporter()).get().extracting(r -> r.contactEmail()).isEqualTo("sanctions@example.com");
        assertThat(report.targets()).extracting(SanctionsTarget::name).containsExactly(InMemoryCasework.KOMID);
        assertThat(report.rejection()).as("the 501.604(b) elements are drafted next").get()
                .satisfies(r -> assertThat(r.transactionDescription()).isEmpty());
    }

    @Test
    void unblockingClosesTheRegisterEntryAndOpensItsOwnReportDueInTenBusinessDays() {
        InMemoryCasework casework = new InMemoryCasework(Instant.parse("2026-11-25T15:00:00Z"));
        CaseId caseId = casework.decided(EscalationOutcome.BLOCK, "CUST-9");
        BlockedProperty property = casework.register.ofCase(caseId).get(0);

        OfacReport unblocking = casework.obligations.unblock(property.id(), UnblockingBasis.LICENCE,
                "DPRK-2026-123456-1", LocalDate.parse("2026-12-24"), "manager2");

        assertThat(property.status()).isEqualTo(BlockedPropertyStatus.UNBLOCKED);
        assertThat(property.unblockingReference()).contains("DPRK-2026-123456-1");
        assertThat(unblocking.type()).isEqualTo(ReportType.UNBLOCKING);
        assertThat(unblocking.blockedPropertyId()).contains(property.id());
        assertThat(unblocking.dueDate()).as("Christmas and New Year's Day skipped").isEqualTo("2027-01-11");
        assertThat(casework.actionsAbout(property.id())).containsExactly("PROPERTY_BLOCKED", "PROPERTY_UNBLOCKED");
        assertThatThrownBy(() -> casework.obligations.unblock(property.id(), UnblockingBasis.ORDER, "again",
                LocalDate.parse("2026-12-28"), "manager")).isInstanceOf(CaseRuleViolation.class)
                .hasMessageContaining("already");

        casework.reportWork.draft(unblocking.id(), "analyst", new ReportWork.ReportDraft(null, null));
        assertThat(unblocking.status()).as("the drafter confirms what is on record").isEqualTo(ReportStatus.AWAITING_SIGN_OFF);
    }

    @Test
    void propertyIsNotUnblockedBeforeItWasBlocked() {
        InMemoryCasework casework = new InMemoryCasework(Instant.parse("2026-11-25T15:00:00Z"));
        BlockedProperty property = casework.register.ofCase(casework.decided(EscalationOutcome.BLOCK, "CUST-9")).get(0);

        assertThatThrownBy(() -> casework.obligations.unblock(property.id(), UnblockingBasis.ORDER, "court order 7",
                LocalDate.parse("2026-11-24"), "manager")).isInstanceOf(CaseRuleViolation.class);
    }
}
