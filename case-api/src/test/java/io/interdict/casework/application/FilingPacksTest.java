package io.interdict.casework.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.casework.application.ReportWork.ReportDraft;
import io.interdict.casework.domain.model.blocking.PropertyDescription;
import io.interdict.casework.domain.model.blocking.PropertyType;
import io.interdict.casework.domain.model.cases.Answer;
import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.EscalationOutcome;
import io.interdict.casework.domain.model.cases.IdentifierComparison;
import io.interdict.casework.domain.model.cases.TriageOutcome;
import io.interdict.casework.domain.model.cases.ValidMatchChecklist;
import io.interdict.casework.domain.model.reporting.MonetaryValue;
import io.interdict.casework.domain.model.reporting.OfacReport;
import io.interdict.screening.domain.model.entry.EntityType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What a filing pack holds: the rule's fields, in its order, with what the case and the draft say. */
class FilingPacksTest {

    private static final ValidMatchChecklist VALID_MATCH = new ValidMatchChecklist(Answer.YES, Answer.NO, Answer.NO,
            IdentifierComparison.AGREE, Answer.YES);

    private final InMemoryCasework casework = new InMemoryCasework();

    private OfacReport reportOf(EscalationOutcome outcome) {
        CaseId caseId = new CaseId(casework.screening.screen(new ScreeningCommand(InMemoryCasework.KOMID,
                Optional.of(EntityType.ENTITY), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("CUST-8"), List.of()), "service", Optional.empty()).result().caseId());
        casework.caseWork.triage(caseId, "analyst", TriageOutcome.ESCALATE, "full name match", VALID_MATCH);
        casework.caseWork.decideEscalation(caseId, "manager", outcome, "listed entity");
        casework.caseWork.handOverToReporting(caseId);
        return casework.reports.ofCase(caseId).get(0);
    }

    private FilingPacks packs() {
        FilingPacks packs = new FilingPacks();
        packs.reports = casework.reports;
        packs.register = casework.register;
        packs.auditTrail = casework.trail;
        return packs;
    }

    private static Map<String, String> fieldsOf(FilingPack pack, String heading) {
        return pack.sections().stream().filter(s -> s.heading().equals(heading)).findFirst().orElseThrow().fields()
                .stream().collect(Collectors.toMap(FilingPack.Field::label, FilingPack.Field::value));
    }

    @Test
    void theBlockedPropertyPackHasTheHolderOwnerTargetsPropertyAndAuthority() {
        OfacReport report = reportOf(EscalationOutcome.BLOCK);
        casework.reportWork.draft(report.id(), "analyst", new ReportDraft(new PropertyDescription(
                Optional.of(PropertyType.BANK_ACCOUNT), Optional.of("current account"),
                Optional.of(new MonetaryValue(new BigDecimal("9800"), "EUR", true)), Optional.of("DE-ACC-7"),
                Optional.empty()), null));

        FilingPack pack = packs().packOf(report);

        assertThat(pack.rule()).isEqualTo("31 CFR 501.603(b)(1)");
        assertThat(pack.sections()).extracting(FilingPack.Section::heading).containsExactly("Report",
                "Holder of the property", "Owner of the property", "Sanctions targets", "Blocked property",
                "Associated transaction");
        assertThat(fieldsOf(pack, "Holder of the property")).containsEntry("Name", "Example Bank");
        assertThat(fieldsOf(pack, "Owner of the property")).containsEntry("Customer reference", "CUST-8");
        assertThat(fieldsOf(pack, "Sanctions targets")).containsEntry("Target 1: list entry",
                "us-ofac-sdn:9214 (list version 2024-05-03)");
        assertThat(fieldsOf(pack, "Blocked property")).containsEntry("Property type", "Bank account")
                .containsEntry("Value", "EUR 9800.00 (estimated)")
                .containsEntry("Legal authority", "North Korea Sanctions Regulations, 31 C.F.R. part 510");
    }

    @Test
    void theRejectionPackNumbersTheTwelveElementsOfTheRule() {
        OfacReport report = reportOf(EscalationOutcome.REJECT);

        FilingPack pack = packs().packOf(report);

        assertThat(pack.rule()).isEqualTo("31 CFR 501.604");
        List<String> labels = pack.sections().stream().flatMap(s -> s.fields().stream())
                .map(FilingPack.Field::label).toList();
        for (int element = 2; element <= 12; element++) {
            String number = "(" + element + ")";
            if (element != 3) {
                assertThat(labels).as("element %s", number).anyMatch(l -> l.startsWith(number));
            }
        }
        assertThat(pack.sections()).extracting(FilingPack.Section::heading)
                .contains("(1) Person that rejected the transaction", "(3) Sanctions targets");
    }

    @Test
    void everyExportIsAudited() {
        OfacReport report = reportOf(EscalationOutcome.REJECT);

        packs().export(report.id(), new FilingPackFormat() {
            @Override
            public String name() {
                return "csv";
            }

            @Override
            public String mediaType() {
                return "text/csv";
            }

            @Override
            public byte[] render(FilingPack pack) {
                return new byte[0];
            }
        }, "auditor");

        assertThat(casework.actionsAbout(report.id())).endsWith("REPORT_PACK_EXPORTED");
    }
}
