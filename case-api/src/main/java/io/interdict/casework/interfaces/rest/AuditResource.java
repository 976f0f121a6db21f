package io.interdict.casework.interfaces.rest;

import io.interdict.casework.application.CaseQueries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/audit/verify}: recomputes the whole audit chain and reports the first broken link, and how many
 * recorded events are still waiting for their seal.
 */
@Path("/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    CaseQueries queries;

    @GET
    @Path("/verify")
    @RolesAllowed({"auditor", "admin"})
    public CaseViews.VerificationView verify() {
        return CaseViews.verification(queries.verifyAuditTrail());
    }
}
