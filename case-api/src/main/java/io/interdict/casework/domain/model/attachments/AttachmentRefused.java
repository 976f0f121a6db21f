package io.interdict.casework.domain.model.attachments;

/** A document the case does not take, and why; nothing of it is stored. */
public abstract class AttachmentRefused extends RuntimeException {

    protected AttachmentRefused(String message) {
        super(message);
    }
}
