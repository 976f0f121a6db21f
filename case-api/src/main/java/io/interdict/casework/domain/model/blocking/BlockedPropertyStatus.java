package io.interdict.casework.domain.model.blocking;

/** Whether property in the register is still blocked. */
public enum BlockedPropertyStatus {
    BLOCKED,
    /** Released by licence or order, or transferred; the entry and its history stay. */
    UNBLOCKED
}
