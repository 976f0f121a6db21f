package io.interdict.casework.domain.model.rescreening;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies one delta re-screening run. */
public record RescreeningId(UUID value) {

    public RescreeningId {
        Objects.requireNonNull(value, "value");
    }

    public static RescreeningId generate() {
        return new RescreeningId(UUID.randomUUID());
    }

    /** The id written as text, or empty when it is not one. */
    public static Optional<RescreeningId> parse(String text) {
        try {
            return Optional.of(new RescreeningId(UUID.fromString(text.strip())));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
