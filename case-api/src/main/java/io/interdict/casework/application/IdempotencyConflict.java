package io.interdict.casework.application;

/** An idempotency key was used again with a different request: the client must not be answered with another's result. */
public class IdempotencyConflict extends RuntimeException {

    public IdempotencyConflict(String key) {
        super("the Idempotency-Key '" + key + "' was already used for a different request; use a new key for a new"
                + " request");
    }
}
