package io.interdict.casework.interfaces.rest;

import io.interdict.casework.domain.model.cases.ChecklistQuestion;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Checks a request's fields one by one and collects every problem, so a client learns all that is wrong at once.
 */
final class RequestFields {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(new Problem.FieldError(field, "is required"));
            return null;
        }
        return maxLength(field, value.strip(), maxLength);
    }

    Optional<String> optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(maxLength(field, value.strip(), maxLength));
    }

    <T> Optional<T> optional(String field, String value, Function<String, Optional<T>> parse, String expected) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<T> parsed = parse.apply(value.strip());
        if (parsed.isEmpty()) {
            errors.add(new Problem.FieldError(field, "must be " + expected + ", not '" + shown(value) + "'"));
        }
        return parsed;
    }

    /** A date {@code YYYY-MM-DD} that must be there. */
    Optional<LocalDate> requiredDate(String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new Problem.FieldError(field, "is required: a date YYYY-MM-DD"));
            return Optional.empty();
        }
        return optional(field, value, RequestFields::date, "a date YYYY-MM-DD");
    }

    <E extends Enum<E>> E requiredEnum(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            errors.add(new Problem.FieldError(field, "is required; one of " + names(type)));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(field, "must be one of " + names(type) + ", not '" + shown(value)
                    + "'"));
            return null;
        }
    }

    /** The answer to one checklist question, by its name ({@code YES}...), of the type the question takes. */
    Optional<Enum<?>> requiredAnswer(String field, String value, ChecklistQuestion question) {
        if (value == null || value.isBlank()) {
            errors.add(new Problem.FieldError(field, "is required; one of " + question.answerNames()));
            return Optional.empty();
        }
        Optional<Enum<?>> answer = question.answer(value.strip().toUpperCase(Locale.ROOT));
        if (answer.isEmpty()) {
            errors.add(new Problem.FieldError(field, "must be one of " + question.answerNames() + ", not '" + shown(value)
                    + "'"));
        }
        return answer;
    }

    /** A whole number from {@code min} to {@code max} (query parameters: page, size); {@code min} when invalid. */
    int wholeNumber(String field, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        errors.add(new Problem.FieldError(field, "must be a whole number from " + min + " to " + max));
        return min;
    }

    /**
     * An id from the path, such as a case's: the API's one reading of ids. {@code UUID.fromString} alone would take
     * {@code 1-2-3-4-5} for a case id, so only the canonical 36-character form is accepted.
     *
     * @param what what the id names, for the error ("case", "batch"...)
     */
    Optional<UUID> id(String field, String value, String what) {
        if (value != null && value.length() == 36) {
            try {
                return Optional.of(UUID.fromString(value));
            } catch (IllegalArgumentException e) {
                // named below
            }
        }
        errors.add(new Problem.FieldError(field, "must be a " + what + " id (a UUID), not '" + shown(value) + "'"));
        return Optional.empty();
    }

    /** A path id alone: answered 400 at once when it is not one. */
    static UUID pathId(String value, String what) {
        RequestFields fields = new RequestFields();
        Optional<UUID> id = fields.id("id", value, what);
        fields.check();
        return id.orElseThrow();
    }

    /**
     * Starts checking a request body, which must be there at all.
     *
     * @param expected what the body holds, for the error ("a JSON object with decision and rationale")
     * @throws InvalidRequest when the body is missing
     */
    static RequestFields forBody(Object body, String expected) {
        if (body == null) {
            throw InvalidRequest.of("body", expected + " is required");
        }
        return new RequestFields();
    }

    /** {@code true} or {@code false}, in any case: for filters such as {@code overdue}. */
    static Optional<Boolean> bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** An ISO date, {@code YYYY-MM-DD}: for filters and the days of events. */
    static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    void error(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
    }

    /** @throws InvalidRequest when any field was invalid */
    void check() {
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
    }

    private String maxLength(String field, String value, int maxLength) {
        if (value.indexOf('\u0000') >= 0) {
            // PostgreSQL's text cannot hold it, and no name, reference or comment needs it
            errors.add(new Problem.FieldError(field, "must not hold the NUL character (U+0000)"));
            return null;
        }
        if (value.length() > maxLength) {
            errors.add(new Problem.FieldError(field, "must be at most " + maxLength + " characters"));
            return null;
        }
        return value;
    }

    /** A refused value as the message quotes it: its control characters (NUL above all) as U+FFFD. */
    static String shown(String value) {
        return value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "\uFFFD");
    }

    private static <E extends Enum<E>> List<String> names(Class<E> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
