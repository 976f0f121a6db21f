package io.interdict.casework.interfaces.rest;

import io.interdict.casework.application.CaseQueries;
import io.interdict.casework.application.CaseWork;
import io.interdict.casework.application.CaseWorkflow;
import io.interdict.casework.domain.model.cases.Answer;
import io.interdict.casework.domain.model.cases.CasePage;
import io.interdict.casework.domain.model.cases.CaseQuery;
import io.interdict.casework.domain.model.cases.CaseStatus;
import io.interdict.casework.domain.model.cases.EscalationOutcome;
import io.interdict.casework.domain.model.cases.IdentifierComparison;
import io.interdict.casework.domain.model.cases.Priority;
import io.interdict.casework.domain.model.cases.TriageOutcome;
import io.interdict.casework.domain.model.cases.ValidMatchChecklist;
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
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The case queue and the work on a case: {@code /api/cases}. */
@Path("/cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    @Inject
    Clock clock;

    @Inject
    CaseQueries queries;

    @Inject
    CaseWork work;

    @Inject
    CaseWorkflow workflow;

    @Context
    SecurityContext security;

    /** Lists cases: filters {@code status, queue, assignee, priority, overdue}; {@code sort, page, size}. */
    @GET
    @RolesAllowed({"analyst", "manager", "auditor", "admin"})
    public CasePage list(@QueryParam("status") String status, @QueryParam("queue") String queue,
                         @QueryParam("assignee") String assignee, @QueryParam("priority") String priority,
                         @QueryParam("overdue") String overdue, @QueryParam("sort") @DefaultValue("PRIORITY") String sort,
                         @QueryParam("page") @DefaultValue("0") String page,
                         @QueryParam("size") @DefaultValue("50") String size) {
        RequestFields fields = new RequestFields();
        Optional<CaseStatus> byStatus = Optional.ofNullable(status).filter(s -> !s.isBlank())
                .map(s -> fields.requiredEnum("status", s, CaseStatus.class));
        Optional<Priority> byPriority = Optional.ofNullable(priority).filter(s -> !s.isBlank())
                .map(p -> fields.requiredEnum("priority", p, Priority.class));
        Optional<Boolean> byOverdue = fields.optional("overdue", overdue, CaseResource::bool, "true or false");
        CaseQuery.Order order = fields.requiredEnum("sort", sort, CaseQuery.Order.class);
        int pageNumber = fields.wholeNumber("page", page, 0, 1_000_000);
        int pageSize = fields.wholeNumber("size", size, 1, CaseQuery.MAX_PAGE_SIZE);
        fields.check();
        return queries.search(new CaseQuery(byStatus, blankToEmpty(queue), blankToEmpty(assignee), byPriority,
                byOverdue, clock.instant(), order, pageNumber, pageSize));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"analyst", "manager", "auditor", "admin"})
    public CaseViews.CaseView get(@PathParam("id") String id) {
        return queries.read(caseId(id), c -> CaseViews.of(c, workflow.currentTask(c).orElse(null)));
    }

    @POST
    @Path("/{id}/claim")
    @RolesAllowed({"analyst", "manager"})
    public CaseViews.CaseView claim(@PathParam("id") String id) {
        UUID caseId = caseId(id);
        work.claim(caseId, caller());
        return get(id);
    }

    @POST
    @Path("/{id}/triage")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("analyst")
    public CaseViews.CaseView triage(@PathParam("id") String id, CaseRequests.Triage request) {
        UUID caseId = caseId(id);
        if (request == null) {
            throw InvalidRequest.of("body", "a JSON object with decision, rationale and checklist is required");
        }
        RequestFields fields = new RequestFields();
        TriageOutcome outcome = fields.requiredEnum("decision", request.decision, TriageOutcome.class);
        String rationale = fields.required("rationale", request.rationale, 4000);
        ValidMatchChecklist checklist = checklist(request.checklist, fields);
        fields.check();
        work.triage(caseId, caller(), outcome, rationale, checklist);
        return get(id);
    }

    @POST
    @Path("/{id}/escalation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("manager")
    public CaseViews.CaseView escalation(@PathParam("id") String id, CaseRequests.Escalation request) {
        UUID caseId = caseId(id);
        if (request == null) {
            throw InvalidRequest.of("body", "a JSON object with decision and rationale is required");
        }
        RequestFields fields = new RequestFields();
        EscalationOutcome outcome = fields.requiredEnum("decision", request.decision, EscalationOutcome.class);
        String rationale = fields.required("rationale", request.rationale, 4000);
        fields.check();
        work.decideEscalation(caseId, caller(), outcome, rationale);
        return get(id);
    }

    @POST
    @Path("/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"analyst", "manager"})
    public Response comment(@PathParam("id") String id, CaseRequests.NewComment request) {
        UUID caseId = caseId(id);
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

    private static ValidMatchChecklist checklist(CaseRequests.Checklist c, RequestFields fields) {
        if (c == null) {
            fields.error("checklist", "is required: onOfacList, typeMismatch, onlyOneNameMatches, identifiers,"
                    + " severalSimilarities");
            return null;
        }
        return new ValidMatchChecklist(
                fields.requiredEnum("checklist.onOfacList", c.onOfacList, Answer.class),
                fields.requiredEnum("checklist.typeMismatch", c.typeMismatch, Answer.class),
                fields.requiredEnum("checklist.onlyOneNameMatches", c.onlyOneNameMatches, Answer.class),
                fields.requiredEnum("checklist.identifiers", c.identifiers, IdentifierComparison.class),
                fields.requiredEnum("checklist.severalSimilarities", c.severalSimilarities, Answer.class));
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }

    private static UUID caseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw InvalidRequest.of("id", "must be a case id (UUID), not '" + id + "'");
        }
    }

    private static Optional<Boolean> bool(String value) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static Optional<String> blankToEmpty(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
