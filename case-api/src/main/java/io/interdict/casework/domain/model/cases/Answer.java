package io.interdict.casework.domain.model.cases;

/** An answer to one question of the valid-match checklist. */
public enum Answer {
    YES, NO
}
