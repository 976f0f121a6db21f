package io.interdict.casework.application;

/**
 * Someone else changed the same case in the same moment and their change was stored first: nothing of this change
 * was kept, and it may be tried again on the case as it is now. Adapters raise it for their own kind of lost
 * optimistic lock (the workflow engine's), so that callers need not know which store noticed.
 */
public class ConcurrentChange extends RuntimeException {

    public ConcurrentChange(String message, Throwable cause) {
        super(message, cause);
    }
}
