package io.interdict.casework.interfaces.rest;

import io.interdict.casework.application.PaymentScreening;
import io.interdict.casework.domain.model.Role;
import io.interdict.casework.domain.model.payment.MalformedPaymentMessage;
import io.interdict.casework.domain.model.payment.PaymentMessageReader.Syntax;
import io.interdict.casework.interfaces.observability.ScreeningMeters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;

/**
 * {@code POST /api/screenings/payment}: screen a payment message, synchronously: an ISO 20022 {@code pacs.008} or
 * {@code pacs.009} as {@code application/xml}, a SWIFT MT103 or MT202 as {@code text/plain}, in UTF-8. Answers like
 * {@code POST /api/screenings}, each hit saying where in the message it was found ({@code foundIn}). Any hit opens one
 * case for the message, which keeps the message as a document. With an {@code Idempotency-Key} header a repeated
 * request is answered the same.
 */
@Path("/screenings/payment")
@RequestScoped
public class PaymentScreeningResource {

    /** A payment message is a few kilobytes; a pacs.008 of many transactions stays well under this. */
    static final long MAX_BYTES = 1024 * 1024;

    @Inject
    PaymentScreening screening;

    @Inject
    ScreeningMeters meters;

    @Context
    SecurityContext security;

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"analyst", "admin", Role.SCREENING_SERVICE_NAME})
    public Response screen(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
                           @HeaderParam("Idempotency-Key") String idempotencyKey) {
        Syntax syntax = type != null && type.isCompatible(MediaType.TEXT_PLAIN_TYPE) ? Syntax.SWIFT_MT
                : Syntax.ISO_20022;
        return ScreeningResource.answered(meters.measure(ScreeningMeters.Channel.PAYMENT, () -> screening.screen(
                syntax, utf8(UploadLimits.readAll(body, MAX_BYTES, "a payment message is at most 1 MB")),
                security.getUserPrincipal().getName(), ScreeningResource.key(idempotencyKey))));
    }

    /** The body as text; bytes that are not UTF-8 are refused with their offset, not guessed at. */
    static String utf8(byte[] bytes) {
        String text = StrictUtf8.decodeOrNull(bytes);
        if (text == null) {
            throw new MalformedPaymentMessage("byte " + StrictUtf8.firstBadByte(bytes).orElse(0),
                    "the message is not UTF-8 text");
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new MalformedPaymentMessage("character " + text.indexOf('\u0000'), "the message holds the NUL "
                    + "character (U+0000)");
        }
        return text;
    }
}
