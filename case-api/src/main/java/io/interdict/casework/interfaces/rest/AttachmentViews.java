package io.interdict.casework.interfaces.rest;

import io.interdict.casework.domain.model.attachments.Attachment;
import java.time.Instant;
import java.util.UUID;

/** What the attachment endpoints answer (JSON): a document's facts, never its bytes. */
public final class AttachmentViews {

    private AttachmentViews() {
    }

    public record AttachmentView(UUID id, UUID caseId, String fileName, String contentType, long sizeBytes,
                                 String sha256, String description, String uploadedBy, Instant uploadedAt) {
    }

    static AttachmentView of(Attachment a) {
        return new AttachmentView(a.id(), a.caseId().value(), a.fileName(), a.contentType(), a.sizeBytes(),
                a.sha256(), a.description().orElse(null), a.uploadedBy(), a.uploadedAt());
    }
}
