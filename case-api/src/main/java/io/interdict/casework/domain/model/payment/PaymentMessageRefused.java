package io.interdict.casework.domain.model.payment;

/**
 * A payment message that was read but cannot be screened as one: of a type or version not screened here, or
 * without what its type requires (a transaction, field 20). Nothing of it is stored.
 */
public class PaymentMessageRefused extends RuntimeException {

    private final String position;
    private final String reason;

    /**
     * @param position where the fault is ({@code line 4, column 7}, {@code block 4}, {@code Document/FIToFICstmrCdtTrf});
     *                 empty for the message as a whole
     * @param reason   what is wrong, as a person reads it
     */
    public PaymentMessageRefused(String position, String reason) {
        super(position.isEmpty() ? reason : position + ": " + reason);
        this.position = position;
        this.reason = reason;
    }

    public String position() {
        return position;
    }

    public String reason() {
        return reason;
    }
}
