package io.interdict.casework.domain.model.cases;

/**
 * A requested change that a case's rules forbid in its current state (deciding a closed case, closing a hit the
 * checklist says is valid...). The REST layer answers it with 409 Conflict and the message as the detail.
 */
public class CaseRuleViolation extends RuntimeException {

    public CaseRuleViolation(String message) {
        super(message);
    }
}
