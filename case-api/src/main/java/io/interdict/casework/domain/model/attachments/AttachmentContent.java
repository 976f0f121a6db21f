package io.interdict.casework.domain.model.attachments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The bytes of an {@link Attachment}, in a table of their own so that reading a case never loads them. */
@Entity
@Table(name = "case_attachment_content")
public class AttachmentContent {

    @Id
    @Column(name = "attachment_id")
    private UUID attachmentId;

    @Column(name = "content", nullable = false)
    private byte[] content;

    protected AttachmentContent() {
        // for JPA
    }

    public AttachmentContent(UUID attachmentId, byte[] content) {
        this.attachmentId = attachmentId;
        this.content = content.clone();
    }

    public byte[] content() {
        return content.clone();
    }
}
