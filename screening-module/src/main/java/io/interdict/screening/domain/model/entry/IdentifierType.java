package io.interdict.screening.domain.model.entry;

/**
 * Kinds of identifying numbers the lists carry. The first group identifies one party on its own: an exact match
 * of one of them is a hit whatever the names say.
 */
public enum IdentifierType {
    /** IMO ship identification number (7 digits) of a vessel. */
    IMO(true),
    /** Maritime Mobile Service Identity (9 digits) of a vessel. */
    MMSI(true),
    /** A digital currency (crypto wallet) address; the qualifier holds the ticker (XBT, ETH, USDT...). */
    DIGITAL_CURRENCY_ADDRESS(true),
    /** SWIFT/BIC code of a bank. */
    BIC(true),
    PASSPORT(true),
    NATIONAL_ID(true),
    /** IMO company (registered owner) number of a shipping company, not of a vessel. */
    IMO_COMPANY(true),
    TAX_ID(false),
    REGISTRATION_NUMBER(false),
    CALL_SIGN(false),
    AIRCRAFT_SERIAL(false),
    EMAIL(false),
    WEBSITE(false),
    PHONE(false),
    OTHER(false);

    private final boolean decisive;

    IdentifierType(boolean decisive) {
        this.decisive = decisive;
    }

    /** Whether an exact match of this identifier alone makes a hit (brief: IMO, wallet, BIC, passport...). */
    public boolean isDecisive() {
        return decisive;
    }
}
