package io.interdict.casework.domain.model.payment;

/** What a field of a payment message names, which decides how it is screened. */
public enum FieldKind {
    /** A customer or other party: its name, address and country, its identifiers. */
    PARTY,
    /** A bank in the chain: its BIC above all, its name and address where given. */
    AGENT,
    /** Free text that can carry a name anywhere in it: remittance information, instructions, field 70 or 72. */
    FREE_TEXT
}
