package io.interdict.casework.domain.model.attachments;

/** Empty, of a kind a case does not accept, or not the kind it was sent as. */
public class AttachmentTypeRefused extends AttachmentRefused {

    public AttachmentTypeRefused(String message) {
        super(message);
    }
}
