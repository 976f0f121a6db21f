package io.interdict.casework.interfaces.rest;

import java.util.List;

/** A request whose fields do not hold; answered 400 with each field and why. */
public class InvalidRequest extends RuntimeException {

    private final List<Problem.FieldError> errors;

    public InvalidRequest(List<Problem.FieldError> errors) {
        super(errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid: " + String.join("; ",
                errors.stream().map(e -> e.field() + ": " + e.message()).toList()));
        this.errors = List.copyOf(errors);
    }

    public static InvalidRequest of(String field, String message) {
        return new InvalidRequest(List.of(new Problem.FieldError(field, message)));
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
