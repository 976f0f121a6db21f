package io.interdict.screening.domain.model.trade;

/** The part a party plays in a trade transaction. */
public enum PartyRole {
    BUYER, SELLER, CONSIGNEE, NOTIFY_PARTY, END_USER, PAYER, SHIPPER, FREIGHT_FORWARDER, BANK, VESSEL_OWNER,
    VESSEL_MANAGER, OTHER;

    /** Parties on the receiving or paying side: the ones whose end use the red flags question. */
    public boolean isReceivingSide() {
        return this == BUYER || this == CONSIGNEE || this == NOTIFY_PARTY || this == END_USER || this == PAYER;
    }
}
