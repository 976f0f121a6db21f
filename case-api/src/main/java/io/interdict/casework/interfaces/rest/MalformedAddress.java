package io.interdict.casework.interfaces.rest;

/** An API address the web server could not decode: the part (path or query) and what is wrong with it. */
class MalformedAddress extends InvalidRequest {

    MalformedAddress(Problem.FieldError fault) {
        super(java.util.List.of(fault));
    }

    Problem.FieldError fault() {
        return errors().get(0);
    }
}
