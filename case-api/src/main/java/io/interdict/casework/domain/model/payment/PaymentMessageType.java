package io.interdict.casework.domain.model.payment;

/** The payment messages screened, ISO 20022 and SWIFT MT, each with the media type it arrives as. */
public enum PaymentMessageType {

    /** FI to FI customer credit transfer. */
    PACS_008("pacs.008", "application/xml", "xml"),
    /** Financial institution credit transfer, including its cover variant. */
    PACS_009("pacs.009", "application/xml", "xml"),
    /** Single customer credit transfer. */
    MT103("MT103", "text/plain", "txt"),
    /** General financial institution transfer, including MT202 COV. */
    MT202("MT202", "text/plain", "txt");

    private final String label;
    private final String mediaType;
    private final String fileExtension;

    PaymentMessageType(String label, String mediaType, String fileExtension) {
        this.label = label;
        this.mediaType = mediaType;
        this.fileExtension = fileExtension;
    }

    public String label() {
        return label;
    }

    /** The media type of the message as kept with its case. */
    public String mediaType() {
        return mediaType;
    }

    public String fileExtension() {
        return fileExtension;
    }
}
