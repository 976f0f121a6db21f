package io.interdict.casework.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error the API returns.
 *
 * @param type   a URI naming the kind of problem
 * @param title  the kind of problem in words
 * @param status the HTTP status
 * @param detail what went wrong this time, for a person to read
 * @param errors for invalid requests: each invalid field and why
 * @param correlationId the request's id, as its {@code X-Correlation-Id} header and the server's log give it: what
 *                      a person quotes when reporting the error
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors,
                      String correlationId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field of a request. */
    public record FieldError(String field, String message) {
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(MediaType.valueOf(MEDIA_TYPE)).entity(problem).build();
    }
}
