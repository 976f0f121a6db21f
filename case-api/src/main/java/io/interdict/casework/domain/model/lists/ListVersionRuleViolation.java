package io.interdict.casework.domain.model.lists;

/** What the version log does not allow: putting in force the version already in force, storing one twice. */
public class ListVersionRuleViolation extends RuntimeException {

    public ListVersionRuleViolation(String message) {
        super(message);
    }
}
