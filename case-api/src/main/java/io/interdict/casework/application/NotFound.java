package io.interdict.casework.application;

/**
 * Something asked for by its id does not exist. Every kind of record the application finds by id has its own
 * subclass, so that the caller is told what was not found while the interfaces answer them all alike (404).
 */
public abstract class NotFound extends RuntimeException {

    protected NotFound(String what, Object id) {
        super("no " + what + " " + id);
    }
}
