package io.interdict.casework.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.casework.application.ReportWork.ReportDraft;
import io.interdict.casework.domain.model.blocking.PropertyDescription;
import io.interdict.casework.domain.model.cases.Answer;
import io.interdict.casework.domain.model.cases.CaseRuleViolation;
import io.interdict.casework.domain.model.cases.EscalationOutcome;
import io.interdict.casework.domain.model.cases.FourEyesViolation;
import io.interdict.casework.domain.model.cases.IdentifierComparison;
import io.interdict.casework.domain.model.cases.ValidMatchChecklist;
import io.interdict.casework.domain.model.reporting.MonetaryValue;
import io.interdict.casework.domain.model.reporting.OfacReport;
import io.interdict.casework.domain.model.reporting.PropertyType;
import io.interdict.casework.domain.model.reporting.RejectedTransaction;
import io.interdict.casework.domain.model.reporting.ReportStatus;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A report's way from draft through a second person's sign-off to filing, in memory. */
class ReportWorkTest {

    private static final ValidMatchChecklist VALID_MATCH = new ValidMatchChecklist(Answer.YES, Answer.NO, Answer.NO,
            IdentifierComparison.AGREE, Answer.YES);
    private static final PropertyDescription WIRE = new PropertyDescription(Optional.of(PropertyType.WIRE_TRANSFER),
            Optional.of("incoming wire for KOMID, held in blocked account"),
            Optional.of(new MonetaryValue(new BigDecimal("125000.5"), "USD", false)),
            Optional.of("BLK-000417"), Optional.of("MT103 ref 2026120200017 from Banco Ejemplo"));

    private InMemoryCasework casework;

    @BeforeEach
    void casework() {
        casework = new InMemoryCasework();
    }

    @Test
    void anIncompleteDraftStaysADraftNamingWhatIsMissing() {
        OfacReport report = casework.reportOf(EscalationOutcome.BLOCK, "CUST-4");

        casework.reportWork.draft(report.id(), "analyst", new ReportDraft(new PropertyDescription(
                Optional.of(PropertyType.WIRE_TRANSFER), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()), null));

        assertThat(report.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(casework.trail.records).filteredOn(r -> r.action().name().equals("REPORT_DRAFTED")).singleElement()
                .satisfies(r -> assertThat(r.detail()).contains("still missing: description, value"));
    }

    @Test
    void aCompleteDraftIsSignedOffByAnotherManagerNeverByItsDrafterThenFiled() {
        OfacReport report = casework.reportOf(EscalationOutcome.BLOCK, "CUST-4");
        casework.reportWork.draft(report.id(), "manager2", new ReportDraft(WIRE, null));
        assertThat(report.status()).isEqualTo(ReportStatus.AWAITING_SIGN_OFF);
        assertThat(casework.register.entries.get(0).value()).get().hasToString("USD 125000.50");

        assertThatThrownBy(() -> casework.reportWork.signOff(report.id(), "manager2"))
                .isInstanceOf(FourEyesViolation.class).hasMessageContaining("drafted this report");
        assertThat(casework.actionsAbout(report.id())).contains("REPORT_SIGN_OFF_REFUSED");
        assertThatThrownBy(() -> casework.reportWork.filed(report.id(), "analyst", "ORS-1"))
                .isInstanceOf(CaseRuleViolation.class).hasMessageContaining("only a signed-off report");

        casework.reportWork.signOff(report.id(), "manager");
        casework.reportWork.filed(report.id(), "analyst", "ORS-2026-0001234");

        assertThat(report.status()).isEqualTo(ReportStatus.FILED);
        assertThat(report.signedOffBy()).contains("manager");
        assertThat(report.filingReference()).contains("ORS-2026-0001234");
        assertThat(casework.actionsAbout(report.id())).containsSubsequence("REPORT_OPENED", "REPORT_DRAFTED",
                "REPORT_SIGN_OFF_REFUSED", "REPORT_SIGNED_OFF", "REPORT_FILED");
        assertThat(casework.actionsAbout(casework.register.entries.get(0).id()))
                .containsExactly("PROPERTY_BLOCKED", "PROPERTY_DESCRIBED");
        assertThat(casework.reportProcesses.calls).containsSubsequence("drafted " + report.id(),
                "signed off " + report.id(), "filed " + report.id());
    }

    @Test
    void theDeadlineTimersTellTheManagersAndMarkAnUnfiledReportOverdueOnce() {
        OfacReport report = casework.reportOf(EscalationOutcome.REJECT, "CUST-4");

        casework.reportWork.dueSoon(report.id());
        casework.reportWork.overdue(report.id());
        casework.reportWork.overdue(report.id());

        assertThat(report.isOverdue(report.dueDate())).isTrue();
        assertThat(casework.actionsAbout(report.id())).containsExactly("REPORT_OPENED", "REPORT_DUE_SOON",
                "REPORT_OVERDUE");
        assertThat(casework.notifications.added).extracting(n -> n.kind().name())
                .as("told once that it is overdue").containsExactly("REPORT_DUE_SOON", "REPORT_OVERDUE");
        assertThat(casework.notifications.added.get(0).message()).contains("Report of rejected transaction")
                .contains("is due " + report.dueDate());
    }

    @Test
    void aRejectedTransactionNeedsItsDescriptionAndDocumentsBeforeSignOff() {
        OfacReport report = casework.reportOf(EscalationOutcome.REJECT, "CUST-4");
        RejectedTransaction withoutDocuments = new RejectedTransaction(Optional.of("USD wire to KOMID refused"),
                Optional.of("Pyongyang"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());

        casework.reportWork.draft(report.id(), "analyst", new ReportDraft(null, withoutDocuments));
        assertThat(report.status()).isEqualTo(ReportStatus.DRAFT);

        casework.reportWork.draft(report.id(), "analyst2", new ReportDraft(null, new RejectedTransaction(
                Optional.of("USD wire to KOMID refused"), Optional.of("Pyongyang"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("MT103 of 2 Dec 2026"))));
        assertThat(report.status()).isEqualTo(ReportStatus.AWAITING_SIGN_OFF);
        assertThat(report.drafters()).containsExactly("analyst", "analyst2");
    }
}
