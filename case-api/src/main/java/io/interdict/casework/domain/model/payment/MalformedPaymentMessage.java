package io.interdict.casework.domain.model.payment;

/**
 * A payment message the parser could not read at all: XML that is not well-formed, an MT message whose blocks do
 * not close. The position is the parser's (line and column, or the block). Nothing of it is stored.
 */
public class MalformedPaymentMessage extends PaymentMessageRefused {

    public MalformedPaymentMessage(String position, String reason) {
        super(position, reason);
    }
}
