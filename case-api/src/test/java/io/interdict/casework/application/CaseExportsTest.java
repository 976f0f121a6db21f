package io.interdict.casework.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.EscalationOutcome;
import org.junit.jupiter.api.Test;

/** A case's complete history, as an auditor exports it, in memory. */
class CaseExportsTest {

    private final InMemoryCasework casework = new InMemoryCasework();

    @Test
    void theHistoryHoldsThePartyAlertsDecisionsCommentsReportsAndTheTrailAndTheExportIsAudited() {
        CaseId caseId = casework.decided(EscalationOutcome.BLOCK, "CUST-6");
        casework.caseWork.comment(caseId, "analyst", "=HYPERLINK(\"http://x\") was in the customer file");

        ExportDocument history = casework.exports().export(caseId, "auditor", "pdf", CaseExports::documentOf);

        assertThat(history.sections()).extracting(ExportDocument.Section::heading).containsExactly("Case",
                "Screened party", "Alert 1", "Decisions", "Comments", "Reports to OFAC", "Blocked property",
                "Documents", "Audit trail");
        assertThat(history.sections().get(2).fields()).extracting(ExportDocument.Field::value)
                .contains("us-ofac-sdn:9214", "2024-05-03");
        assertThat(history.sections().get(3).fields()).extracting(ExportDocument.Field::value)
                .anySatisfy(v -> assertThat(v).startsWith("ESCALATE: full name match [checklist onOfacList=YES"))
                .anySatisfy(v -> assertThat(v).startsWith("BLOCK: listed entity"));
        assertThat(history.sections().get(8).fields()).extracting(ExportDocument.Field::label)
                .anySatisfy(l -> assertThat(l).contains("PROPERTY_BLOCKED"))
                .anySatisfy(l -> assertThat(l).contains("REPORT_OPENED"));
        assertThat(casework.actionsAbout(caseId)).endsWith("CASE_EXPORTED");
    }
}
