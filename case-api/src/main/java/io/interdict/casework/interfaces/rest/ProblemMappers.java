package io.interdict.casework.interfaces.rest;

import io.interdict.casework.application.ListsUnavailable;
import io.interdict.casework.application.BatchNotFound;
import io.interdict.casework.application.CaseNotFound;
import io.interdict.casework.application.IdempotencyConflict;
import io.interdict.casework.application.NotificationNotFound;
import io.interdict.casework.domain.model.cases.CaseRuleViolation;
import io.interdict.casework.domain.model.cases.FourEyesViolation;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure into an {@code application/problem+json} answer with a detail a person can act on. Each
 * mapper is its own small class: JAX-RS picks the one closest to the exception's type.
 */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    /** Fields that do not hold: 400, naming each field. */
    @Provider
    public static class InvalidRequestMapper implements ExceptionMapper<InvalidRequest> {
        @Override
        public Response toResponse(InvalidRequest e) {
            return Problem.response(new Problem("urn:interdict:problem:invalid-request", "Bad Request", 400,
                    e.getMessage(), e.errors()));
        }
    }

    /** Four eyes refused: 403, the caller may not take this decision. */
    @Provider
    public static class FourEyesMapper implements ExceptionMapper<FourEyesViolation> {
        @Override
        public Response toResponse(FourEyesViolation e) {
            return Problem.response(Response.Status.FORBIDDEN, "four-eyes", e.getMessage());
        }
    }

    /** The case's state does not allow it: 409. */
    @Provider
    public static class CaseRuleMapper implements ExceptionMapper<CaseRuleViolation> {
        @Override
        public Response toResponse(CaseRuleViolation e) {
            return Problem.response(Response.Status.CONFLICT, "case-rule", e.getMessage());
        }
    }

    @Provider
    public static class CaseNotFoundMapper implements ExceptionMapper<CaseNotFound> {
        @Override
        public Response toResponse(CaseNotFound e) {
            return Problem.response(Response.Status.NOT_FOUND, "not-found", e.getMessage());
        }
    }

    @Provider
    public static class BatchNotFoundMapper implements ExceptionMapper<BatchNotFound> {
        @Override
        public Response toResponse(BatchNotFound e) {
            return Problem.response(Response.Status.NOT_FOUND, "not-found", e.getMessage());
        }
    }

    @Provider
    public static class NotificationNotFoundMapper implements ExceptionMapper<NotificationNotFound> {
        @Override
        public Response toResponse(NotificationNotFound e) {
            return Problem.response(Response.Status.NOT_FOUND, "not-found", e.getMessage());
        }
    }

    /** A batch above the size limit: 413, naming the limit. */
    @Provider
    public static class UploadTooLargeMapper implements ExceptionMapper<UploadTooLarge> {
        @Override
        public Response toResponse(UploadTooLarge e) {
            return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "batch-too-large", e.getMessage());
        }
    }

    /** The same idempotency key with another request: 422. */
    @Provider
    public static class IdempotencyMapper implements ExceptionMapper<IdempotencyConflict> {
        @Override
        public Response toResponse(IdempotencyConflict e) {
            return Problem.response(new Problem("urn:interdict:problem:idempotency-key-reused",
                    "Unprocessable Content", 422, e.getMessage(), java.util.List.of()));
        }
    }

    /** Someone else changed the case at the same moment: 409, try again. */
    @Provider
    public static class ConcurrentChangeMapper implements ExceptionMapper<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException e) {
            return Problem.response(Response.Status.CONFLICT, "concurrent-change",
                    "the case was changed by someone else at the same time; reload it and try again");
        }
    }

    @Provider
    public static class ListsUnavailableMapper implements ExceptionMapper<ListsUnavailable> {
        @Override
        public Response toResponse(ListsUnavailable e) {
            return Problem.response(Response.Status.SERVICE_UNAVAILABLE, "lists-unavailable", e.getMessage());
        }
    }

    /** A body that is not JSON, or not of the expected shape: 400. */
    @Provider
    public static class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return Problem.response(Response.Status.BAD_REQUEST, "unreadable-body",
                    "the request body is not valid JSON of the expected shape: " + rootMessage(e));
        }
    }

    @Provider
    public static class JsonMapper implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return Problem.response(Response.Status.BAD_REQUEST, "unreadable-body",
                    "the request body is not valid JSON of the expected shape: " + rootMessage(e));
        }
    }

    /** Errors JAX-RS itself raises (unknown path, wrong method, unsupported media type...), as problems. */
    @Provider
    public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            if (e.getCause() instanceof JsonbException || e.getCause() instanceof ProcessingException) {
                return Problem.response(Response.Status.BAD_REQUEST, "unreadable-body",
                        "the request body is not valid JSON of the expected shape: " + rootMessage(e));
            }
            return Problem.response(status, "http-" + status.getStatusCode(), e.getMessage());
        }
    }

    /** Anything else: 500 without internals; the stack trace goes to the server log. */
    @Provider
    public static class UnexpectedMapper implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(UnexpectedMapper.class.getName());

        @Override
        public Response toResponse(RuntimeException e) {
            LOG.log(Level.SEVERE, "unexpected error in the REST API", e);
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "internal",
                    "an unexpected error occurred; it was logged with its time for the administrator");
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }
}
