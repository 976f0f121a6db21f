package io.interdict.casework.domain.model.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which documents a case takes: judged by their content, within the size limit. */
class AttachmentPolicyTest {

    private final AttachmentPolicy policy = new AttachmentPolicy(1000);

    @Test
    void aDocumentIsStoredAsWhatItsContentIs() {
        assertThat(policy.accept("scan.pdf", 10, Optional.of("application/pdf"), "application/pdf"))
                .isEqualTo("application/pdf");
        assertThat(policy.accept("pacs008.xml", 10, Optional.of("text/xml"), "application/xml"))
                .as("text/xml is XML").isEqualTo("application/xml");
        assertThat(policy.accept("mt103.fin", 10, Optional.of("application/octet-stream"), "text/plain"))
                .as("a client that does not know the type").isEqualTo("text/plain");
        assertThat(policy.accept("photo.jpg", 10, Optional.empty(), "image/jpeg")).isEqualTo("image/jpeg");
    }

    @Test
    void aFileThatIsNotWhatItClaimsIsRefused() {
        assertThatThrownBy(() -> policy.accept("invoice.pdf", 10, Optional.of("application/pdf"),
                "application/x-msdownload")).isInstanceOf(AttachmentTypeRefused.class)
                .hasMessageContaining("'invoice.pdf' is application/x-msdownload; a case accepts");
        assertThatThrownBy(() -> policy.accept("contract.pdf", 10, Optional.of("application/pdf"), "image/png"))
                .isInstanceOf(AttachmentTypeRefused.class)
                .hasMessageContaining("sent as application/pdf but its content is image/png");
    }

    @Test
    void aCaseTakesNeitherArchivesNorEmptyFiles() {
        assertThatThrownBy(() -> policy.accept("docs.zip", 10, Optional.empty(), "application/zip"))
                .isInstanceOf(AttachmentTypeRefused.class);
        assertThatThrownBy(() -> policy.accept("empty.pdf", 0, Optional.empty(), "application/pdf"))
                .isInstanceOf(AttachmentTypeRefused.class).hasMessageContaining("is empty");
    }

    @Test
    void theLimitIsABoundNotAGuess() {
        assertThat(policy.accept("max.pdf", 1000, Optional.empty(), "application/pdf")).isEqualTo("application/pdf");
        assertThatThrownBy(() -> policy.accept("big.pdf", 1001, Optional.empty(), "application/pdf"))
                .isInstanceOf(AttachmentTooLarge.class).hasMessageContaining("at most 1000 bytes");
    }

    @Test
    void aFileNameKeepsOnlyItsLastPartAndNoControlCharacters() {
        assertThat(Attachment.safeName("C:\\Users\\x\\..\\payment.txt")).isEqualTo("payment.txt");
        assertThat(Attachment.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Attachment.safeName("a\"b\r\n.pdf")).isEqualTo("ab.pdf");
        assertThat(Attachment.safeName("..")).isEqualTo("document");
        assertThat(Attachment.safeName("x".repeat(300) + ".pdf")).hasSize(255).endsWith(".pdf");
    }
}
