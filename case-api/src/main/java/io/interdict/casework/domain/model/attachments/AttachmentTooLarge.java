package io.interdict.casework.domain.model.attachments;

/** Above the size limit of {@link AttachmentPolicy}. */
public class AttachmentTooLarge extends AttachmentRefused {

    public AttachmentTooLarge(String message) {
        super(message);
    }
}
