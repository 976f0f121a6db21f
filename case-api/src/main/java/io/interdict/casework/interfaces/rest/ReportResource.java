package io.interdict.casework.interfaces.rest;

import io.interdict.casework.application.ExportFormat;
import io.interdict.casework.application.FilingPacks;
import io.interdict.casework.application.ReportWork;
import io.interdict.casework.application.ReportingObligations;
import io.interdict.casework.application.ReportingQueries;
import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.reporting.OfacReport;
import io.interdict.casework.domain.model.reporting.OfacReports;
import io.interdict.casework.domain.model.reporting.ReportStatus;
import io.interdict.casework.domain.model.reporting.ReportType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/**
 * The reports owed to OFAC: {@code GET /api/reports} (filters {@code caseId, type, status, overdue}; soonest due
 * first), {@code GET /api/reports/{id}}, the draft ({@code PUT}), the sign-off and the filing. Reports are privileged and confidential (31 CFR 501.603(a)): the case
 * roles read them, screening systems do not.
 */
@Path("/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private static final int MAX_PAGE_SIZE = 200;

    @Inject
    ReportingQueries queries;

    @Inject
    ReportWork work;

    @Inject
    FilingPacks packs;

    @Inject
    ReportingObligations obligations;

    @Inject
    @Any
    Instance<ExportFormat> formats;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({"analyst", "manager", "auditor", "admin"})
    public List<ReportingViews.ReportView> list(@QueryParam("caseId") String caseId, @QueryParam("type") String type,
                                                @QueryParam("status") String status,
                                                @QueryParam("overdue") String overdue,
                                                @QueryParam("page") @DefaultValue("0") String page,
                                                @QueryParam("size") @DefaultValue("50") String size) {
        RequestFields fields = new RequestFields();
        Optional<CaseId> byCase = Optional.ofNullable(caseId).filter(c -> !c.isBlank())
                .flatMap(c -> fields.id("caseId", c.strip(), "case")).map(CaseId::new);
        Optional<ReportType> byType = Optional.ofNullable(type).filter(t -> !t.isBlank())
                .map(t -> fields.requiredEnum("type", t, ReportType.class));
        Optional<ReportStatus> byStatus = Optional.ofNullable(status).filter(s -> !s.isBlank())
                .map(s -> fields.requiredEnum("status", s, ReportStatus.class));
        Optional<Boolean> byOverdue = fields.optional("overdue", overdue, RequestFields::bool, "true or false");
        int pageNumber = fields.wholeNumber("page", page, 0, 1_000_000);
        int pageSize = fields.wholeNumber("size", size, 1, MAX_PAGE_SIZE);
        fields.check();
        LocalDate today = queries.today();
        return queries.reports(new OfacReports.ReportQuery(byCase, byType, byStatus, byOverdue, today, pageNumber,
                pageSize), (r, step) -> ReportingViews.report(r, today, step));
    }

    /**
     * An administrator compiles the annual report of blocked property as of a June 30 that has passed (the yearly
     * timer does it on July 1): {@code 201} with the report, one row per asset held blocked that day.
     */
    @POST
    @Path("/annual")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public Response annual(ReportRequests.AnnualReport request) {
        RequestFields fields = RequestFields.forBody(request, "a JSON object with asOf, a June 30 (YYYY-06-30)");
        Optional<LocalDate> asOf = fields.optional("asOf", request.asOf,
                day -> RequestFields.date(day).filter(d -> d.getMonthValue() == 6 && d.getDayOfMonth() == 30),
                "a June 30 as YYYY-06-30: the annual report is of property held blocked as of June 30");
        if (request.asOf == null || request.asOf.isBlank()) {
            fields.error("asOf", "is required: the June 30 to report as of, YYYY-06-30");
        }
        fields.check();
        OfacReport report = obligations.annual(asOf.orElseThrow(), caller());
        return Response.status(Response.Status.CREATED).entity(view(report.id())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"analyst", "manager", "auditor", "admin"})
    public ReportingViews.ReportView get(@PathParam("id") String id) {
        return view(RequestFields.pathId(id, "report"));
    }

    /** The draft: what the case does not hold. Complete, the report waits for a manager's sign-off. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"analyst", "manager"})
    public ReportingViews.ReportView draft(@PathParam("id") String id, ReportRequests.Draft request) {
        UUID reportId = RequestFields.pathId(id, "report");
        RequestFields fields = RequestFields.forBody(request, "a JSON object with the report's fields");
        ReportWork.ReportDraft draft = request.read(fields);
        fields.check();
        work.draft(reportId, caller(), draft);
        return view(reportId);
    }

    /** Four eyes: a manager who drafted none of it. */
    @POST
    @Path("/{id}/sign-off")
    @RolesAllowed("manager")
    public ReportingViews.ReportView signOff(@PathParam("id") String id) {
        UUID reportId = RequestFields.pathId(id, "report");
        work.signOff(reportId, caller());
        return view(reportId);
    }

    @POST
    @Path("/{id}/filed")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"analyst", "manager"})
    public ReportingViews.ReportView filed(@PathParam("id") String id, ReportRequests.Filing request) {
        UUID reportId = RequestFields.pathId(id, "report");
        RequestFields fields = new RequestFields();
        String reference = fields.required("filingReference", request == null ? null : request.filingReference, 200);
        fields.check();
        work.filed(reportId, caller(), reference);
        return view(reportId);
    }

    /** The filing pack, as PDF or CSV, to key into OFAC's reporting system; the export is audited. */
    @GET
    @Path("/{id}/pack")
    @RolesAllowed({"analyst", "manager", "auditor", "admin"})
    @Produces({"application/pdf", "text/csv", MediaType.APPLICATION_JSON})
    public Response pack(@PathParam("id") String id, @QueryParam("format") @DefaultValue("pdf") String format) {
        UUID reportId = RequestFields.pathId(id, "report");
        ExportFormat chosen = Downloads.format(formats, format, "pdf or csv");
        return Downloads.attachment(packs.export(reportId, chosen, caller()), chosen.mediaType(),
                "ofac-report-" + reportId + "." + chosen.name());
    }

    private ReportingViews.ReportView view(UUID reportId) {
        LocalDate today = queries.today();
        return queries.report(reportId, (r, step) -> ReportingViews.report(r, today, step));
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
