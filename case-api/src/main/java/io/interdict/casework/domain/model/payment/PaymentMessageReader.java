package io.interdict.casework.domain.model.payment;

/** Reads a payment message as received into what is screened of it. */
public interface PaymentMessageReader {

    /**
     * @param syntax the message's syntax, as its media type says
     * @param text   the message, decoded
     * @throws MalformedPaymentMessage when the parser cannot read it, with its position
     * @throws PaymentMessageRefused   when it is not a message screened here, or lacks what its type requires
     */
    PaymentMessage read(Syntax syntax, String text);

    /** ISO 20022 XML, or SWIFT MT text. */
    enum Syntax {
        ISO_20022,
        SWIFT_MT
    }
}
