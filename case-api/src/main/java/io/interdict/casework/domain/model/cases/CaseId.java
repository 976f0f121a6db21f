package io.interdict.casework.domain.model.cases;

import java.util.Objects;
import java.util.UUID;

/**
 * A screening case's identity: what the process engine's business key, the audit trail's subject, the managers'
 * notifications and the API's paths all name a case by.
 */
public record CaseId(UUID value) {

    public CaseId {
        Objects.requireNonNull(value, "value");
    }

    public static CaseId random() {
        return new CaseId(UUID.randomUUID());
    }

    /** @throws IllegalArgumentException when the text is not a UUID */
    public static CaseId of(String text) {
        return new CaseId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
