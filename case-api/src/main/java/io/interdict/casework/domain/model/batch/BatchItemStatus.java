package io.interdict.casework.domain.model.batch;

/** An item waits for its chunk, then is screened: there is no other way out of PENDING. */
public enum BatchItemStatus {
    PENDING, SCREENED
}
