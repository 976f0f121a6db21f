package io.interdict.casework.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.casework.application.ReportWork.ReportDraft;
import io.interdict.casework.domain.model.blocking.BlockedProperty;
import io.interdict.casework.domain.model.blocking.PropertyDescription;
import io.interdict.casework.domain.model.blocking.UnblockingBasis;
import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.CaseRuleViolation;
import io.interdict.casework.domain.model.cases.EscalationOutcome;
import io.interdict.casework.domain.model.reporting.MonetaryValue;
import io.interdict.casework.domain.model.reporting.OfacReport;
import io.interdict.casework.domain.model.reporting.PropertyType;
import io.interdict.casework.domain.model.reporting.ReportStatus;
import io.interdict.casework.domain.model.reporting.ReportType;
import io.interdict.casework.domain.model.reporting.ReportedHolding;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The annual report of blocked property (31 CFR 501.603(b)(2)) for a fixed June 30: one row per asset held blocked at
 * the end of that day, due September 30, compiled once, drafted from the register and signed off by four eyes.
 */
class AnnualReportTest {

    private static final LocalDate JUNE_30 = LocalDate.parse("2026-06-30");

    private final InMemoryCasework casework = new InMemoryCasework(Instant.parse("2026-03-02T15:00:00Z"));

    /** A property blocked at 10:00 New York time on {@code day}. */
    private BlockedProperty blockedOn(String day, String reference) {
        casework.clock.set(Instant.parse(day + "T15:00:00Z"));
        CaseId caseId = casework.decided(EscalationOutcome.BLOCK, reference);
        return casework.register.ofCase(caseId).get(0);
    }

    private void describe(BlockedProperty property, String amount, String currency) {
        OfacReport initial = casework.reports.ofCase(property.caseId()).get(0);
        casework.reportWork.draft(initial.id(), "analyst", new ReportDraft(new PropertyDescription(
                Optional.of(PropertyType.WIRE_TRANSFER), Optional.of("incoming wire"),
                Optional.of(new MonetaryValue(new BigDecimal(amount), currency, false)), Optional.of("ACC-1"),
                Optional.empty()), null));
    }

    /** The register of the story: two held on June 30, one released before it, one blocked after it. */
    private Map<String, BlockedProperty> register() {
        BlockedProperty held = blockedOn("2026-03-02", "HELD");
        BlockedProperty released = blockedOn("2026-05-15", "RELEASED");
        BlockedProperty releasedLater = blockedOn("2026-04-01", "RELEASED-LATER");
        casework.clock.set(Instant.parse("2026-06-10T15:00:00Z"));
        casework.obligations.unblock(released.id(), UnblockingBasis.LICENCE, "DPRK-2026-1", LocalDate.parse("2026-06-10"),
                "manager2");
        BlockedProperty after = blockedOn("2026-07-15", "AFTER");
        casework.clock.set(Instant.parse("2026-08-03T15:00:00Z"));
        casework.obligations.unblock(releasedLater.id(), UnblockingBasis.ORDER, "court order 7",
                LocalDate.parse("2026-08-03"), "manager2");
        return Map.of("held", held, "released", released, "releasedLater", releasedLater, "after", after);
    }

    @Test
    void theYearlyTimerReportsEveryAssetHeldAtTheEndOfJune30DueSeptember30() {
        Map<String, BlockedProperty> register = register();
        casework.clock.set(Instant.parse("2026-08-04T16:00:00Z"));

        OfacReport annual = casework.obligations.annualDue("system:workflow").orElseThrow();

        assertThat(annual.type()).isEqualTo(ReportType.ANNUAL_BLOCKED_PROPERTY);
        assertThat(annual.caseId()).as("about the register, not one case").isEmpty();
        assertThat(annual.eventDate()).isEqualTo(JUNE_30);
        assertThat(annual.dueDate()).isEqualTo("2026-09-30");
        assertThat(annual.holdings()).extracting(ReportedHolding::blockedPropertyId).as("released by licence before"
                + " June 30 and blocked after it are not reported; released after it is")
                .containsExactly(register.get("held").id(), register.get("releasedLater").id());
        assertThat(annual.holdings().get(0).legalAuthorities())
                .containsExactly("North Korea Sanctions Regulations, 31 C.F.R. part 510");
        assertThat(annual.reporter()).get().extracting(r -> r.name()).isEqualTo("Example Bank");
        assertThat(casework.reportProcesses.calls).last().as("two business days before September 30, New York time")
                .isEqualTo("start " + annual.id() + " remind 2026-09-28T04:00:00Z overdue 2026-10-01T04:00:00Z");
        assertThat(casework.actionsAbout(annual.id())).containsExactly("REPORT_OPENED");
    }

    @Test
    void theReportAsOfADayIsCompiledOnceAndOnlyForAJune30ThatHasEnded() {
        register();
        casework.clock.set(Instant.parse("2026-08-04T16:00:00Z"));
        OfacReport annual = casework.obligations.annual(JUNE_30, "admin");

        assertThat(casework.obligations.annualDue("system:workflow")).as("the administrator compiled it").isEmpty();
        assertThatThrownBy(() -> casework.obligations.annual(JUNE_30, "admin")).isInstanceOf(CaseRuleViolation.class)
                .hasMessageContaining("exists already: report " + annual.id());
        assertThatThrownBy(() -> casework.obligations.annual(LocalDate.parse("2026-07-31"), "admin"))
                .isInstanceOf(CaseRuleViolation.class).hasMessageContaining("is not a June 30");
        assertThatThrownBy(() -> casework.obligations.annual(LocalDate.parse("2027-06-30"), "admin"))
                .isInstanceOf(CaseRuleViolation.class).hasMessageContaining("once the day has ended");
    }

    @Test
    void nothingHeldOnJune30OwesNoReport() {
        casework.clock.set(Instant.parse("2026-07-01T16:00:00Z"));

        assertThat(casework.obligations.annualDue("system:workflow")).isEmpty();
        assertThatThrownBy(() -> casework.obligations.annual(JUNE_30, "admin")).isInstanceOf(CaseRuleViolation.class)
                .hasMessageContaining("no annual report is owed");
        assertThat(casework.reports.opened).isEmpty();
    }

    @Test
    void draftingCompilesTheRowsAgainFromTheRegisterUntilEveryRowIsDescribed() {
        Map<String, BlockedProperty> register = register();
        casework.clock.set(Instant.parse("2026-08-04T16:00:00Z"));
        OfacReport annual = casework.obligations.annual(JUNE_30, "admin");
        UUID id = annual.id();

        casework.reportWork.draft(id, "analyst", new ReportDraft(null, null));
        assertThat(annual.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(casework.trail.records).last().satisfies(r -> assertThat(r.detail())
                .contains("row 1 propertyType", "row 1 value", "row 2 propertyType"));

        describe(register.get("held"), "1250000", "USD");
        assertThatThrownBy(() -> describe(register.get("releasedLater"), "1", "USD"))
                .as("an unblocked entry's description is final").isInstanceOf(CaseRuleViolation.class);
        assertThat(annual.status()).isEqualTo(ReportStatus.DRAFT);
    }

    @Test
    void theFilingPackHasPartASummaryWhoseCountEqualsPartBsRows() {
        BlockedProperty first = blockedOn("2026-03-02", "ONE");
        BlockedProperty second = blockedOn("2026-04-01", "TWO");
        BlockedProperty third = blockedOn("2026-05-04", "THREE");
        describe(first, "1000.50", "USD");
        describe(second, "250", "USD");
        describe(third, "9800", "EUR");
        casework.clock.set(Instant.parse("2026-07-01T16:00:00Z"));
        OfacReport annual = casework.obligations.annual(JUNE_30, "admin");
        casework.reportWork.draft(annual.id(), "analyst", new ReportDraft(null, null));
        assertThat(annual.status()).isEqualTo(ReportStatus.AWAITING_SIGN_OFF);
        assertThatThrownBy(() -> casework.reportWork.signOff(annual.id(), "analyst"))
                .as("four eyes: not the drafter").isInstanceOf(RuntimeException.class);
        casework.reportWork.signOff(annual.id(), "manager");

        FilingPacks packs = casework.packs();
        ExportDocument pack = packs.packOf(annual);

        assertThat(pack.subtitle()).startsWith("31 CFR 501.603(b)(2) - report ");
        Map<String, String> summary = fields(pack, "Part A - summary");
        assertThat(summary).containsEntry("As of", "2026-06-30")
                .containsEntry("Total number of blocked property records (Part B rows)", "3")
                .containsEntry("Total value in USD", "1250.50").containsEntry("Total value in EUR", "9800.00");
        assertThat(pack.sections()).extracting(ExportDocument.Section::heading).filteredOn(h -> h.startsWith("Part B"))
                .containsExactly("Part B - row 1", "Part B - row 2", "Part B - row 3");
        assertThat(fields(pack, "Part B - row 3")).containsEntry("Asset type", "Wire transfer")
                .containsEntry("Value", "EUR 9800.00").containsEntry("Date blocked", "2026-05-04")
                .containsEntry("Owner", InMemoryCasework.KOMID);
        assertThat(fields(pack, "Part A - holder of the blocked property")).containsEntry("Name", "Example Bank");
    }

    private static Map<String, String> fields(ExportDocument pack, String heading) {
        return pack.sections().stream().filter(s -> s.heading().equals(heading)).findFirst().orElseThrow().fields()
                .stream().collect(Collectors.toMap(ExportDocument.Field::label, ExportDocument.Field::value));
    }
}
