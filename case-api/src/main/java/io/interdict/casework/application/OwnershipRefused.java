package io.interdict.casework.application;

/** Ownership data that cannot all be true at once; nothing of it was kept and the register in force stays. */
public class OwnershipRefused extends RuntimeException {

    public OwnershipRefused(String reason) {
        super(reason);
    }
}
