package io.interdict.casework.interfaces.rest;

import io.interdict.casework.application.ReportingObligations;
import io.interdict.casework.application.ReportingQueries;
import io.interdict.casework.domain.model.blocking.BlockedPropertyRegister;
import io.interdict.casework.domain.model.blocking.BlockedPropertyStatus;
import io.interdict.casework.domain.model.blocking.UnblockingBasis;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The register of blocked property: {@code GET /api/blocked-property} (filters {@code status, programme, from, to}
 * on the blocking date; most recently blocked first) and {@code GET /api/blocked-property/{id}}; each entry names its
 * case.
 */
@Path("/blocked-property")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BlockedPropertyResource {

    private static final int MAX_PAGE_SIZE = 200;
    private static final Pattern PROGRAMME = Pattern.compile("[A-Z0-9][A-Z0-9 -]{0,49}");

    @Inject
    ReportingQueries queries;

    @Inject
    ReportingObligations obligations;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({"analyst", "manager", "auditor", "admin"})
    public List<ReportingViews.BlockedPropertyView> list(@QueryParam("status") String status,
                                                         @QueryParam("programme") String programme,
                                                         @QueryParam("from") String from,
                                                         @QueryParam("to") String to,
                                                         @QueryParam("page") @DefaultValue("0") String page,
                                                         @QueryParam("size") @DefaultValue("50") String size) {
        RequestFields fields = new RequestFields();
        Optional<BlockedPropertyStatus> byStatus = Optional.ofNullable(status).filter(s -> !s.isBlank())
                .map(s -> fields.requiredEnum("status", s, BlockedPropertyStatus.class));
        Optional<String> byProgramme = fields.optional("programme", programme,
                p -> PROGRAMME.matcher(p).matches() ? Optional.of(p) : Optional.empty(),
                "a programme tag such as DPRK3");
        Optional<LocalDate> fromDay = fields.optional("from", from, RequestFields::date, "a date YYYY-MM-DD");
        Optional<LocalDate> toDay = fields.optional("to", to, RequestFields::date, "a date YYYY-MM-DD");
        int pageNumber = fields.wholeNumber("page", page, 0, 1_000_000);
        int pageSize = fields.wholeNumber("size", size, 1, MAX_PAGE_SIZE);
        fields.check();
        return queries.register(new BlockedPropertyRegister.RegisterQuery(byStatus, byProgramme, fromDay, toDay,
                pageNumber, pageSize), ReportingViews::blockedProperty);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"analyst", "manager", "auditor", "admin"})
    public ReportingViews.BlockedPropertyView get(@PathParam("id") String id) {
        return queries.blockedProperty(RequestFields.pathId(id, "blocked property"), ReportingViews::blockedProperty);
    }

    /**
     * A manager releases the property (by licence or order) or records its transfer: {@code {basis, reference,
     * unblockedOn?}}; the entry closes and the report of unblocking opens, due in 10 business days. Answers the
     * report.
     */
    @POST
    @Path("/{id}/unblock")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("manager")
    public Response unblock(@PathParam("id") String id, Unblocking request) {
        UUID propertyId = RequestFields.pathId(id, "blocked property");
        RequestFields fields = RequestFields.forBody(request, "a JSON object with basis and reference");
        UnblockingBasis basis = fields.requiredEnum("basis", request.basis, UnblockingBasis.class);
        String reference = fields.required("reference", request.reference, 200);
        Optional<LocalDate> on = fields.optional("unblockedOn", request.unblockedOn, RequestFields::date,
                "a date YYYY-MM-DD");
        fields.check();
        var report = obligations.unblock(propertyId, basis, reference, on.orElseGet(obligations::today),
                security.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED)
                .entity(queries.report(report.id(), (r, step) -> ReportingViews.report(r, queries.today(), step)))
                .build();
    }

    /** {@code POST /api/blocked-property/{id}/unblock}. */
    public static class Unblocking {
        /** {@code LICENCE}, {@code ORDER} or {@code TRANSFER}. */
        public String basis;
        /** The licence number, the order's reference, or where the property went. */
        public String reference;
        /** {@code YYYY-MM-DD}; today in the institution's zone when not given. */
        public String unblockedOn;
    }
}
