package io.interdict.casework.interfaces.rest;

import io.interdict.casework.application.CaseArchive;
import io.interdict.casework.application.CaseExports;
import io.interdict.casework.application.CaseQueries;
import io.interdict.casework.application.CaseWork;
import io.interdict.casework.application.CaseWorkflow;
import io.interdict.casework.application.CaseworkJson;
import io.interdict.casework.application.ExportFormat;
import io.interdict.casework.application.InstitutionProfile;
import io.interdict.casework.application.ReportingQueries;
import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.CasePage;
import io.interdict.casework.domain.model.cases.CaseQuery;
import io.interdict.casework.domain.model.cases.CaseStatus;
import io.interdict.casework.domain.model.cases.EscalationOutcome;
import io.interdict.casework.domain.model.cases.HistoryFilter;
import io.interdict.casework.domain.model.cases.Priority;
import io.interdict.casework.domain.model.cases.Queue;
import io.interdict.casework.domain.model.cases.TriageOutcome;
import io.interdict.casework.domain.model.cases.ValidMatchChecklist;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
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
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The case queue and the work on a case: {@code /api/cases}. */
@Path("/cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    /** The longest text a filter of the case list takes: longer than any name, entry or user. */
    private static final int FILTER_TEXT = 300;

    @Inject
    Clock clock;

    @Inject
    CaseQueries queries;

    @Inject
    CaseWork work;

    @Inject
    CaseWorkflow workflow;

    @Inject
    CaseExports exports;

    @Inject
    CaseArchive archive;

    @Inject
    ReportingQueries reporting;

    @Inject
    InstitutionProfile institution;

    @Inject
    @Any
    Instance<ExportFormat> formats;

    @Context
    SecurityContext security;

    /**
     * Lists cases: filters {@code status, queue, assignee, priority, overdue, party}, and the auditor's {@code entry}
     * (list entry id, or {@code list:id}), {@code from} and {@code to} (opening days, both included, in the
     * institution's zone), {@code decision} and {@code decidedBy}; {@code sort, page, size}.
     */
    @GET
    @RolesAllowed({"analyst", "manager", "auditor", "admin"})
    public CasePage list(@QueryParam("status") String status, @QueryParam("queue") String queue,
                         @QueryParam("assignee") String assignee, @QueryParam("priority") String priority,
                         @QueryParam("overdue") String overdue, @QueryParam("party") String party,
                         @QueryParam("entry") String entry, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("decision") String decision,
                         @QueryParam("decidedBy") String decidedBy,
                         @QueryParam("sort") @DefaultValue("PRIORITY") String sort,
                         @QueryParam("page") @DefaultValue("0") String page,
                         @QueryParam("size") @DefaultValue("50") String size) {
        RequestFields fields = new RequestFields();
        Optional<CaseStatus> byStatus = Optional.ofNullable(status).filter(s -> !s.isBlank())
                .map(s -> fields.requiredEnum("status", s, CaseStatus.class));
        Optional<Priority> byPriority = Optional.ofNullable(priority).filter(s -> !s.isBlank())
                .map(p -> fields.requiredEnum("priority", p, Priority.class));
        Optional<Queue> byQueue = fields.optional("queue", queue,
                q -> Queue.isName(q) ? Optional.of(new Queue(q)) : Optional.empty(),
                "a queue name (lower-case letters, digits, hyphens) such as dprk");
        Optional<Boolean> byOverdue = fields.optional("overdue", overdue, RequestFields::bool, "true or false");
        CaseQuery.Order order = fields.requiredEnum("sort", sort, CaseQuery.Order.class);
        int pageNumber = fields.wholeNumber("page", page, 0, 1_000_000);
        int pageSize = fields.wholeNumber("size", size, 1, CaseQuery.MAX_PAGE_SIZE);
        Optional<LocalDate> fromDay = blankToEmpty(from).flatMap(f -> fields.requiredDate("from", f));
        Optional<LocalDate> toDay = blankToEmpty(to).flatMap(t -> fields.requiredDate("to", t));
        // free text goes into the database's LIKE: bounded, and never with a NUL, which PostgreSQL refuses
        Optional<String> byAssignee = fields.optional("assignee", assignee, FILTER_TEXT);
        Optional<String> byParty = fields.optional("party", party, FILTER_TEXT);
        Optional<String> byEntry = fields.optional("entry", entry, FILTER_TEXT);
        Optional<String> byDecision = fields.optional("decision", decision, FILTER_TEXT);
        Optional<String> byDecidedBy = fields.optional("decidedBy", decidedBy, FILTER_TEXT);
        fields.check();
        var history = HistoryFilter.openedOnDays(byEntry, fromDay, toDay, institution.zoneOrUtc(), byDecision,
                byDecidedBy);
        return queries.search(new CaseQuery(byStatus, byQueue, byAssignee, byPriority, byOverdue, byParty, history,
                clock.instant(), order, pageNumber, pageSize));
    }

    /**
     * Every case opened from {@code from} to {@code to} (both included; the institution's days, UTC where none is
     * configured), optionally only in the statuses given ({@code status=CLOSED_FALSE_POSITIVE&status=BLOCK_APPROVED}
     * or comma-separated), as a ZIP of their complete histories that is written while the cases are read: one
     * {@code cases/<id>.json} per case, {@code manifest.csv} and {@code README.txt}. Audited when it starts, before
     * the first byte; a download that breaks off is audited too. No limit on the span: memory holds one page of cases
     * whatever it is.
     */
    @GET
    @Path("/export")
    @RolesAllowed({"auditor", "admin"})
    @Produces("application/zip")
    public Response exportAll(@QueryParam("from") String from, @QueryParam("to") String to,
                              @QueryParam("status") List<String> status) {
        RequestFields fields = new RequestFields();
        Optional<LocalDate> fromDay = fields.requiredDate("from", from);
        Optional<LocalDate> toDay = fields.requiredDate("to", to);
        Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
        for (String listed : status == null ? List.<String>of() : status) {
            for (String name : listed.split(",")) {
                if (!name.isBlank()) {
                    Optional.ofNullable(fields.requiredEnum("status", name, CaseStatus.class)).ifPresent(statuses::add);
                }
            }
        }
        if (fromDay.isPresent() && toDay.isPresent() && fromDay.get().isAfter(toDay.get())) {
            fields.error("to", "must not be before from (" + fromDay.get() + "), not '" + to + "'");
        }
        fields.check();
        CaseArchive.Archive opened = archive.open(fromDay.orElseThrow(), toDay.orElseThrow(), statuses, caller());
        LocalDate today = reporting.today();
        StreamingOutput zip = out -> archive.write(opened, record -> CaseworkJson.JSONB.toJson(history(record, today))
                .getBytes(StandardCharsets.UTF_8), out);
        return Downloads.attachment(zip, "application/zip", "cases-" + opened.from() + "-to-" + opened.to() + ".zip");
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"analyst", "manager", "auditor", "admin"})
    public CaseViews.CaseView get(@PathParam("id") String id) {
        return view(caseId(id));
    }

    @POST
    @Path("/{id}/claim")
    @RolesAllowed({"analyst", "manager"})
    public CaseViews.CaseView claim(@PathParam("id") String id) {
        CaseId caseId = caseId(id);
        work.claim(caseId, caller());
        return view(caseId);
    }

    @POST
    @Path("/{id}/release")
    @RolesAllowed({"analyst", "manager"})
    public CaseViews.CaseView release(@PathParam("id") String id) {
        CaseId caseId = caseId(id);
        work.release(caseId, caller());
        return view(caseId);
    }

    /**
     * "Next case": claims the most urgent unclaimed case in triage, of {@code queue} when given, for the caller.
     * {@code 204} when none is waiting.
     */
    @POST
    @Path("/next")
    @RolesAllowed("analyst")
    public Response next(@QueryParam("queue") String queue) {
        RequestFields fields = new RequestFields();
        Optional<Queue> byQueue = fields.optional("queue", queue,
                q -> Queue.isName(q) ? Optional.of(new Queue(q)) : Optional.empty(),
                "a queue name (lower-case letters, digits, hyphens) such as dprk");
        fields.check();
        return work.claimNext(caller(), byQueue).map(c -> Response.ok(view(c.id())).build())
                .orElseGet(() -> Response.noContent().build());
    }

    /** A manager gives a case in triage to another analyst, or back to the queue; the reason is required. */
    @POST
    @Path("/{id}/reassignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("manager")
    public CaseViews.CaseView reassign(@PathParam("id") String id, CaseRequests.Reassignment request) {
        CaseId caseId = caseId(id);
        RequestFields fields = RequestFields.forBody(request, "a JSON object with analyst and reason");
        String reason = fields.required("reason", request == null ? null : request.reason, 2000);
        fields.check();
        work.reassign(caseId, caller(), blankToEmpty(request.analyst), reason);
        return view(caseId);
    }

    @POST
    @Path("/{id}/triage")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("analyst")
    public CaseViews.CaseView triage(@PathParam("id") String id, CaseRequests.Triage request) {
        CaseId caseId = caseId(id);
        RequestFields fields = RequestFields.forBody(request, "a JSON object with decision, rationale and checklist");
        CaseRequests.Ruled<TriageOutcome> ruling = request.read(fields, TriageOutcome.class);
        ValidMatchChecklist checklist = request.checklist(fields);
        fields.check();
        work.triage(caseId, caller(), ruling.outcome(), ruling.rationale(), checklist);
        return view(caseId);
    }

    @POST
    @Path("/{id}/escalation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("manager")
    public CaseViews.CaseView escalation(@PathParam("id") String id, CaseRequests.Escalation request) {
        CaseId caseId = caseId(id);
        RequestFields fields = RequestFields.forBody(request, "a JSON object with decision and rationale");
        CaseRequests.Ruled<EscalationOutcome> ruling = request.read(fields, EscalationOutcome.class);
        fields.check();
        work.decideEscalation(caseId, caller(), ruling.outcome(), ruling.rationale());
        return view(caseId);
    }

    @POST
    @Path("/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"analyst", "manager"})
    public Response comment(@PathParam("id") String id, CaseRequests.NewComment request) {
        CaseId caseId = caseId(id);
        RequestFields fields = new RequestFields();
        String text = fields.required("text", request == null ? null : request.text, 4000);
        fields.check();
        return Response.status(Response.Status.CREATED)
                .entity(CaseViews.comment(work.comment(caseId, caller(), text))).build();
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed({"auditor", "admin"})
    public List<CaseViews.AuditEventView> audit(@PathParam("id") String id) {
        return queries.auditTrailOf(caseId(id)).stream().map(CaseViews::audit).toList();
    }

    /**
     * The case's complete history for an examiner: JSON (with each audit event's hash input, to re-verify offline),
     * CSV (formula cells neutralised) or PDF. The export is audited.
     */
    @GET
    @Path("/{id}/export")
    @RolesAllowed({"auditor", "admin"})
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/pdf"})
    public Response export(@PathParam("id") String id, @QueryParam("format") @DefaultValue("json") String format) {
        CaseId caseId = caseId(id);
        if ("json".equalsIgnoreCase(format.strip())) {
            LocalDate today = reporting.today();
            CaseViews.CaseHistoryView history = exports.export(caseId, caller(), "json", record -> history(record, today));
            return Downloads.attachment(history, MediaType.APPLICATION_JSON, "case-" + caseId + ".json");
        }
        ExportFormat written = Downloads.format(formats, format, "json, csv or pdf");
        byte[] bytes = exports.export(caseId, caller(), written.name(),
                record -> written.render(CaseExports.documentOf(record)));
        return Downloads.attachment(bytes, written.mediaType(), "case-" + caseId + "." + written.name());
    }

    /** The history as the JSON export gives it, one case or many; made inside the transaction that read it. */
    private CaseViews.CaseHistoryView history(CaseExports.CaseRecord record, LocalDate today) {
        return CaseViews.history(record, today, r -> reporting.currentStep(r).orElse(null),
                workflow.currentTask(record.screeningCase()).orElse(null));
    }

    private CaseViews.CaseView view(CaseId caseId) {
        return queries.read(caseId, c -> CaseViews.of(c, workflow.currentTask(c).orElse(null)));
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }

    private static CaseId caseId(String id) {
        return new CaseId(RequestFields.pathId(id, "case"));
    }

    private static Optional<String> blankToEmpty(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
