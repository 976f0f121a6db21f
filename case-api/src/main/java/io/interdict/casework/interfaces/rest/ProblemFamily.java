package io.interdict.casework.interfaces.rest;

import io.interdict.casework.application.ConcurrentChange;
import io.interdict.casework.application.IdempotencyConflict;
import io.interdict.casework.application.ListVersionRefused;
import io.interdict.casework.application.ListsUnavailable;
import io.interdict.casework.application.NotFound;
import io.interdict.casework.application.OwnershipRefused;
import io.interdict.casework.application.ReportingNotConfigured;
import io.interdict.casework.domain.model.attachments.AttachmentTooLarge;
import io.interdict.casework.domain.model.attachments.AttachmentTypeRefused;
import io.interdict.casework.domain.model.cases.CaseRuleViolation;
import io.interdict.casework.domain.model.cases.FourEyesViolation;
import io.interdict.casework.domain.model.lists.ListVersionRuleViolation;
import io.interdict.casework.domain.model.payment.MalformedPaymentMessage;
import io.interdict.casework.domain.model.payment.PaymentMessageRefused;
import io.interdict.casework.interfaces.observability.CorrelationId;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every kind of failure the API answers, in one table: the exceptions that belong to it, its HTTP status, the last
 * part of its problem type ({@code urn:interdict:problem:...}) and the detail a person reads. A new exception joins
 * a family here, and {@link ProblemMapper} answers it; nothing else is registered.
 */
enum ProblemFamily {

    /** An address whose escapes are not UTF-8, or a '%' that starts none (before the more general family below). */
    MALFORMED_ADDRESS(Status.BAD_REQUEST, "malformed-address", e -> "the address is not well-formed: "
            + ((MalformedAddress) e).fault().field() + " " + ((MalformedAddress) e).fault().message(),
            MalformedAddress.class),
    /** Fields that do not hold: each field and why. */
    INVALID_REQUEST(Status.BAD_REQUEST, "invalid-request", Throwable::getMessage, InvalidRequest.class),
    /** A body that is not JSON, or not of the expected shape. */
    UNREADABLE_BODY(Status.BAD_REQUEST, "unreadable-body",
            e -> "the request body is not valid JSON of the expected shape: " + rootMessage(e),
            JsonbException.class, ProcessingException.class),
    /** Four eyes refused: the caller may not take this decision. */
    FOUR_EYES(Status.FORBIDDEN, "four-eyes", Throwable::getMessage, FourEyesViolation.class),
    NOT_FOUND(Status.NOT_FOUND, "not-found", Throwable::getMessage, NotFound.class),
    /** The case's state does not allow it. */
    CASE_RULE(Status.CONFLICT, "case-rule", Throwable::getMessage, CaseRuleViolation.class),
    /** Someone else changed the same record at the same moment: the request may be tried again. */
    CONCURRENT_CHANGE(Status.CONFLICT, "concurrent-change",
            e -> "the case was changed by someone else at the same time; reload it and try again",
            OptimisticLockException.class, ConcurrentChange.class),
    /** An upload above the size limit, naming the limit. */
    TOO_LARGE(Status.REQUEST_ENTITY_TOO_LARGE, "batch-too-large", Throwable::getMessage, UploadTooLarge.class),
    /** A document above the size limit, naming the limit. */
    ATTACHMENT_TOO_LARGE(Status.REQUEST_ENTITY_TOO_LARGE, "attachment-too-large", Throwable::getMessage,
            AttachmentTooLarge.class),
    /** A document of a kind a case does not take, or not what it was sent as. */
    ATTACHMENT_REFUSED(Status.UNSUPPORTED_MEDIA_TYPE, "attachment-refused", Throwable::getMessage,
            AttachmentTypeRefused.class),
    /** The same idempotency key with another request. */
    IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", Throwable::getMessage,
            IdempotencyConflict.class),
    /** A list version that is not a complete, well-formed version: its file, position and reason. */
    LIST_VERSION_REFUSED(HttpStatus.UNPROCESSABLE_CONTENT, "list-version-refused", Throwable::getMessage,
            ListVersionRefused.class),
    /** The version log does not allow it: the same version twice, or one in force put in force again. */
    LIST_VERSION_RULE(Status.CONFLICT, "list-version-rule", Throwable::getMessage, ListVersionRuleViolation.class),
    /** Ownership data that cannot all be true at once: nothing kept, the register in force stays. */
    OWNERSHIP_REFUSED(HttpStatus.UNPROCESSABLE_CONTENT, "ownership-refused", Throwable::getMessage,
            OwnershipRefused.class),
    /** A payment message the parser cannot read: the parser's position and reason, nothing stored. */
    PAYMENT_MESSAGE_MALFORMED(Status.BAD_REQUEST, "payment-message-malformed", Throwable::getMessage,
            MalformedPaymentMessage.class),
    /** A payment message of a type not screened here, or without what its type requires. */
    PAYMENT_MESSAGE_REFUSED(HttpStatus.UNPROCESSABLE_CONTENT, "payment-message-refused", Throwable::getMessage,
            PaymentMessageRefused.class),
    LISTS_UNAVAILABLE(Status.SERVICE_UNAVAILABLE, "lists-unavailable", Throwable::getMessage, ListsUnavailable.class),
    /** The institution's details for its OFAC reports are missing: the decision needing a report is not kept. */
    REPORTING_NOT_CONFIGURED(Status.SERVICE_UNAVAILABLE, "reporting-not-configured", Throwable::getMessage,
            ReportingNotConfigured.class),
    /** What JAX-RS itself refuses (unknown path, wrong method, unsupported media type...), with its own status. */
    HTTP(null, "http-", Throwable::getMessage, WebApplicationException.class),
    /** Anything else: no internals in the answer; the stack trace goes to the server log. */
    UNEXPECTED(Status.INTERNAL_SERVER_ERROR, "internal",
            e -> "an unexpected error occurred; it was logged with its time for the administrator");

    private final Response.StatusType status;
    private final String type;
    private final Function<Throwable, String> detail;
    private final List<Class<? extends Throwable>> members;

    @SafeVarargs
    ProblemFamily(Response.StatusType status, String type, Function<Throwable, String> detail,
                  Class<? extends Throwable>... members) {
        this.status = status;
        this.type = type;
        this.detail = detail;
        this.members = List.of(members);
    }

    /**
     * The family of a failure and the exception that placed it there. The exception is looked at before its causes
     * (an optimistic lock failure reaches us wrapped in a rollback, a JSON error in JAX-RS's own exception), and a
     * cause's family wins over the general HTTP family of the exception wrapping it.
     */
    static Classified classify(Throwable failure) {
        Optional<Classified> http = Optional.empty();
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            Optional<ProblemFamily> family = familyOf(e);
            if (family.isPresent() && family.get() != HTTP) {
                return new Classified(family.get(), e);
            }
            if (family.isPresent() && http.isEmpty()) {
                http = Optional.of(new Classified(HTTP, e));
            }
        }
        return http.orElse(new Classified(UNEXPECTED, failure));
    }

    private static Optional<ProblemFamily> familyOf(Throwable e) {
        return Arrays.stream(values())
                .filter(f -> f.members.stream().anyMatch(member -> member.isInstance(e)))
                .findFirst();
    }

    /** A failure placed in its family. */
    record Classified(ProblemFamily family, Throwable cause) {

        Problem problem() {
            Response.StatusType status = family.status != null ? family.status
                    : ((WebApplicationException) cause).getResponse().getStatusInfo();
            String type = family == HTTP ? family.type + status.getStatusCode() : family.type;
            List<Problem.FieldError> errors = cause instanceof InvalidRequest invalid ? invalid.errors()
                    : cause instanceof ListVersionRefused refused ? List.of(new Problem.FieldError(refused.file(),
                    (refused.position().isEmpty() ? "" : refused.position() + ": ") + refused.reason()))
                    : cause instanceof PaymentMessageRefused refused ? List.of(new Problem.FieldError(
                    refused.position().isEmpty() ? "message" : refused.position(), refused.reason()))
                    : List.of();
            return new Problem("urn:interdict:problem:" + type, status.getReasonPhrase(), status.getStatusCode(),
                    family.detail.apply(cause), errors, CorrelationId.currentValue());
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

    /** Statuses Jakarta REST 3.1 does not name. */
    enum HttpStatus implements Response.StatusType {
        UNPROCESSABLE_CONTENT(422, "Unprocessable Content");

        private final int code;
        private final String reason;

        HttpStatus(int code, String reason) {
            this.code = code;
            this.reason = reason;
        }

        @Override
        public int getStatusCode() {
            return code;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.familyOf(code);
        }

        @Override
        public String getReasonPhrase() {
            return reason;
        }
    }
}
