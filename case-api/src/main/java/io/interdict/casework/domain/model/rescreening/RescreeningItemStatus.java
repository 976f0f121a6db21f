package io.interdict.casework.domain.model.rescreening;

/** Whether a party found by the scan was re-screened yet. */
public enum RescreeningItemStatus {
    PENDING, SCREENED
}
