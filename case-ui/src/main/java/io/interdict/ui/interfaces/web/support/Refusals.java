package io.interdict.ui.interfaces.web.support;

import io.interdict.casework.application.ConcurrentChange;
import io.interdict.casework.application.ListVersionRefused;
import io.interdict.casework.application.NotFound;
import io.interdict.casework.domain.model.cases.CaseRuleViolation;
import io.interdict.casework.domain.model.lists.ListVersionRuleViolation;
import jakarta.persistence.OptimisticLockException;
import java.util.Optional;

/**
 * Tells a refusal of the domain (a rule of the case, four eyes among them, a record not found, someone else's change first)
 * from a failure: a refusal is the person's to read and act on; anything else is the server's to log.
 */
public final class Refusals {

    private Refusals() {
    }

    /** The message a person reads for a refusal, looked for along the causes (a rollback wraps what refused). */
    public static Optional<String> messageOf(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof CaseRuleViolation || e instanceof NotFound || e instanceof ListVersionRefused
                    || e instanceof ListVersionRuleViolation) {
                return Optional.of(capitalised(e.getMessage()));
            }
            if (e instanceof ConcurrentChange || e instanceof OptimisticLockException) {
                return Optional.of("Someone else changed this case at the same moment. It has been reloaded: "
                        + "look again and retry.");
            }
        }
        return Optional.empty();
    }

    private static String capitalised(String message) {
        return message == null || message.isEmpty() ? "Refused"
                : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
