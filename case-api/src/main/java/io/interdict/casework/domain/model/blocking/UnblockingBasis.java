package io.interdict.casework.domain.model.blocking;

/** Why blocked property was released: the report of unblocking names it (31 CFR 501.603, as amended in 2024). */
public enum UnblockingBasis {
    /** A specific or general licence from OFAC authorised it; the reference is the licence number. */
    LICENCE,
    /** A government or court order; the reference is the order's. */
    ORDER,
    /** The property was transferred as the law requires (e.g. to a blocked account elsewhere); the reference says where. */
    TRANSFER
}
