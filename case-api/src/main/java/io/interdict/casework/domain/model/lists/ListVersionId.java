package io.interdict.casework.domain.model.lists;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies one stored version of a list in the version log. */
public record ListVersionId(UUID value) {

    public ListVersionId {
        Objects.requireNonNull(value, "value");
    }

    public static ListVersionId generate() {
        return new ListVersionId(UUID.randomUUID());
    }

    /** The id written as text, or empty when it is not one. */
    public static Optional<ListVersionId> parse(String text) {
        try {
            return Optional.of(new ListVersionId(UUID.fromString(text.strip())));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
