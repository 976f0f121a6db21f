package io.interdict.casework.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.casework.domain.model.attachments.Attachment;
import io.interdict.casework.domain.model.attachments.AttachmentTypeRefused;
import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.EscalationOutcome;
import io.interdict.casework.domain.model.reporting.OfacReport;
import io.interdict.casework.infrastructure.documents.TikaContentTypes;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The documents of a case: attached as what they are, listed, downloaded, each on the case's trail. */
class CaseAttachmentsTest {

    private static final byte[] MT103 = "{1:F01BANKUS33AXXX0000000000}{2:I103BANKDEFFXXXXN}{4:\r\n:20:REF123\r\n-}"
            .getBytes(StandardCharsets.US_ASCII);

    private final InMemoryCasework casework = new InMemoryCasework();
    private final CaseAttachments documents = new CaseAttachments();

    CaseAttachmentsTest() {
        documents.cases = casework.cases;
        documents.attachments = casework.attachments;
        documents.contentTypes = new TikaContentTypes();
        documents.auditTrail = casework.trail;
        documents.clock = casework.clock;
    }

    @Test
    void theOriginalPaymentMessageIsKeptWithItsHashAndShowsInTheFilingPack() {
        OfacReport report = casework.reportOf(EscalationOutcome.REJECT, "CUST-3");
        CaseId caseId = report.caseId().orElseThrow();

        Attachment message = documents.attach(caseId, "MT103 2026-12-02.fin", Optional.empty(), MT103,
                Optional.of("the payment as received"), "analyst");

        assertThat(message.contentType()).isEqualTo("text/plain");
        assertThat(message.sizeBytes()).isEqualTo(MT103.length);
        assertThat(message.sha256()).hasSize(64);
        assertThat(documents.ofCase(caseId)).containsExactly(message);
        assertThat(casework.actionsAbout(caseId)).endsWith("ATTACHMENT_ADDED");

        FilingPacks packs = casework.packs();
        assertThat(packs.packOf(report).sections()).filteredOn(s -> s.heading().startsWith("(10)-(12)"))
                .singleElement().satisfies(s -> assertThat(s.fields()).extracting(ExportDocument.Field::value)
                        .contains(message.summary()));

        CaseAttachments.Download download = documents.download(message.id(), "auditor", caseId);
        assertThat(download.content()).isEqualTo(MT103);
        assertThat(casework.actionsAbout(caseId)).endsWith("ATTACHMENT_ADDED", "ATTACHMENT_DOWNLOADED");
    }

    @Test
    void aRefusedDocumentLeavesNothingBehind() {
        CaseId caseId = casework.reportOf(EscalationOutcome.BLOCK, "CUST-4").caseId().orElseThrow();
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        int trail = casework.trail.records.size();

        assertThatThrownBy(() -> documents.attach(caseId, "evidence.pdf", Optional.of("application/pdf"), zip,
                Optional.empty(), "analyst")).isInstanceOf(AttachmentTypeRefused.class);

        assertThat(casework.attachments.stored).isEmpty();
        assertThat(casework.trail.records).hasSize(trail);
    }

    @Test
    void aDocumentIsReadOnlyThroughItsOwnCase() {
        CaseId first = casework.reportOf(EscalationOutcome.BLOCK, "CUST-5").caseId().orElseThrow();
        CaseId second = casework.reportOf(EscalationOutcome.BLOCK, "CUST-6").caseId().orElseThrow();
        Attachment message = documents.attach(first, "mt103.txt", Optional.of("text/plain"), MT103,
                Optional.empty(), "analyst");

        assertThatThrownBy(() -> documents.download(message.id(), "auditor", second))
                .isInstanceOf(AttachmentNotFound.class);
        assertThatThrownBy(() -> documents.attach(new CaseId(UUID.randomUUID()), "mt103.txt", Optional.empty(),
                MT103, Optional.empty(), "analyst")).isInstanceOf(CaseNotFound.class);
    }
}
