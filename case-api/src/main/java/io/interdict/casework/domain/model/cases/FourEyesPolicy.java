package io.interdict.casework.domain.model.cases;

import java.util.Objects;

/**
 * Four eyes: an escalation is decided by someone other than the analyst who escalated it, whatever roles that
 * analyst also holds. Enforced here, in the domain, so that no user interface or API path can get round it.
 */
public final class FourEyesPolicy {

    private FourEyesPolicy() {
    }

    /** @throws FourEyesViolation when the decider is the one who escalated */
    public static void requireSecondPerson(String escalatedBy, String decider) {
        Objects.requireNonNull(decider, "decider");
        if (decider.equals(escalatedBy)) {
            throw new FourEyesViolation(decider);
        }
    }
}
