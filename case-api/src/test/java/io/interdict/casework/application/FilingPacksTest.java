package io.interdict.casework.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.casework.application.ReportWork.ReportDraft;
import io.interdict.casework.domain.model.blocking.PropertyDescription;
import io.interdict.casework.domain.model.cases.EscalationOutcome;
import io.interdict.casework.domain.model.reporting.MonetaryValue;
import io.interdict.casework.domain.model.reporting.OfacReport;
import io.interdict.casework.domain.model.reporting.PropertyType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What a filing pack holds: the rule's fields, in its order, with what the case and the draft say. */
class FilingPacksTest {

    private final InMemoryCasework casework = new InMemoryCasework();

    private FilingPacks packs() {
        return casework.packs();
    }

    private static Map<String, String> fieldsOf(ExportDocument pack, String heading) {
        return pack.sections().stream().filter(s -> s.heading().equals(heading)).findFirst().orElseThrow().fields()
                .stream().collect(Collectors.toMap(ExportDocument.Field::label, ExportDocument.Field::value));
    }

    @Test
    void theBlockedPropertyPackHasTheHolderOwnerTargetsPropertyAndAuthority() {
        OfacReport report = casework.reportOf(EscalationOutcome.BLOCK, "CUST-8");
        casework.reportWork.draft(report.id(), "analyst", new ReportDraft(new PropertyDescription(
                Optional.of(PropertyType.BANK_ACCOUNT), Optional.of("current account"),
                Optional.of(new MonetaryValue(new BigDecimal("9800"), "EUR", true)), Optional.of("DE-ACC-7"),
                Optional.empty()), null));

        ExportDocument pack = packs().packOf(report);

        assertThat(pack.subtitle()).startsWith("31 CFR 501.603(b)(1) - report ");
        assertThat(pack.sections()).extracting(ExportDocument.Section::heading).containsExactly("Report",
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
        OfacReport report = casework.reportOf(EscalationOutcome.REJECT, "CUST-8");

        ExportDocument pack = packs().packOf(report);

        assertThat(pack.subtitle()).startsWith("31 CFR 501.604 - report ");
        List<String> labels = pack.sections().stream().flatMap(s -> s.fields().stream())
                .map(ExportDocument.Field::label).toList();
        for (int element = 2; element <= 12; element++) {
            String number = "(" + element + ")";
            if (element != 3) {
                assertThat(labels).as("element %s", number).anyMatch(l -> l.startsWith(number));
            }
        }
        assertThat(pack.sections()).extracting(ExportDocument.Section::heading)
                .contains("(1) Person that rejected the transaction", "(3) Sanctions targets");
    }

    @Test
    void everyExportIsAudited() {
        OfacReport report = casework.reportOf(EscalationOutcome.REJECT, "CUST-8");

        packs().export(report.id(), new ExportFormat() {
            @Override
            public String name() {
                return "csv";
            }

            @Override
            public String mediaType() {
                return "text/csv";
            }

            @Override
            public byte[] render(ExportDocument pack) {
                return new byte[0];
            }
        }, "auditor");

        assertThat(casework.actionsAbout(report.id())).endsWith("REPORT_PACK_EXPORTED");
    }
}
