package io.interdict.casework.interfaces.rest;

import io.interdict.casework.application.PartyScreening;
import io.interdict.casework.application.ScreeningCommand;
import io.interdict.casework.application.ScreeningResult;
import io.interdict.casework.domain.model.Role;
import io.interdict.casework.interfaces.observability.ScreeningMeters;
import io.interdict.screening.domain.model.entry.BirthDate;
import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.Identifier;
import io.interdict.screening.domain.model.entry.IdentifierType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code POST /api/screenings}: screen one party, synchronously. A hit opens a case; the answer names it. With an
 * {@code Idempotency-Key} header a repeated request is answered the same and creates nothing new.
 */
@Path("/screenings")
@RequestScoped
public class ScreeningResource {

    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

    @Inject
    PartyScreening screening;

    @Inject
    ScreeningMeters meters;

    @Context
    SecurityContext security;

    /*
     * The answer is the result's JSON text as it was stored with the screening (a replay answers the very same
     * text), so the OpenAPI document cannot infer its shape from the method: the annotations give it.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"analyst", "admin", Role.SCREENING_SERVICE_NAME})
    @Operation(summary = "Screen one party against the active lists",
            description = "A hit opens a case and the answer names it. With an Idempotency-Key header a repeated"
                    + " request is answered with the first answer and creates nothing new.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PartyRequest.class)))
    @APIResponse(responseCode = "201", description = "Screened: CLEAR, or HIT with the case it opened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ScreeningResult.class)))
    @APIResponse(responseCode = "200", description = "The replay of an earlier request with the same Idempotency-Key"
            + " (header Idempotent-Replayed: true)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ScreeningResult.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid: each one is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before for another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "No sanctions lists are loaded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response screen(PartyRequest party, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return answered(meters.measure(ScreeningMeters.Channel.PARTY, () -> screening.screen(commandFrom(party),
                security.getUserPrincipal().getName(), key(idempotencyKey))));
    }

    /** The {@code Idempotency-Key} header, when one is given; at most 200 characters. */
    static Optional<String> key(String idempotencyKey) {
        Optional<String> key = Optional.ofNullable(idempotencyKey).map(String::strip).filter(k -> !k.isEmpty());
        if (key.isPresent() && key.get().length() > 200) {
            throw InvalidRequest.of("Idempotency-Key", "must be at most 200 characters");
        }
        return key;
    }

    /** {@code 201} with the answer as stored, or {@code 200} for the replay of an earlier request. */
    static Response answered(PartyScreening.Answer answer) {
        return Response.status(answer.replayed() ? Response.Status.OK : Response.Status.CREATED)
                .header("Idempotent-Replayed", answer.replayed())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(answer.json()).build();
    }

    static ScreeningCommand commandFrom(PartyRequest party) {
        if (party == null) {
            throw InvalidRequest.of("body", "a JSON object with the party is required");
        }
        RequestFields fields = new RequestFields();
        String name = fields.required("name", party.name, 500);
        Optional<EntityType> type = fields.optional("type", party.type, EntityType::parse,
                "one of individual, entity, vessel, aircraft");
        Optional<String> country = fields.optional("country", party.country,
                c -> COUNTRY.matcher(c).matches() ? Optional.of(c.toUpperCase(Locale.ROOT)) : Optional.empty(),
                "an ISO 3166-1 alpha-2 code such as KP");
        Optional<BirthDate> birthDate = fields.optional("dateOfBirth", party.dateOfBirth, BirthDate::parseIso,
                "YYYY, YYYY-MM or YYYY-MM-DD");
        Optional<String> address = fields.optional("address", party.address, 1000);
        Optional<String> reference = fields.optional("reference", party.reference, 200);
        List<Identifier> identifiers = identifiers(party.identifiers, fields);
        fields.check();
        return new ScreeningCommand(name, type, country, birthDate, address, reference, identifiers);
    }

    private static List<Identifier> identifiers(List<PartyRequest.IdentifierRequest> requested, RequestFields fields) {
        List<Identifier> identifiers = new ArrayList<>();
        if (requested == null) {
            return identifiers;
        }
        for (int i = 0; i < requested.size(); i++) {
            PartyRequest.IdentifierRequest id = requested.get(i);
            String prefix = "identifiers[" + i + "]";
            if (id == null) {
                fields.error(prefix, "must be an object with type and value");
                continue;
            }
            IdentifierType type = fields.requiredEnum(prefix + ".type", id.type, IdentifierType.class);
            String value = fields.required(prefix + ".value", id.value, 200);
            if (type != null && value != null) {
                identifiers.add(Identifier.of(type, value));
            }
        }
        return identifiers;
    }
}
