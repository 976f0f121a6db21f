package io.interdict.casework.interfaces.rest;

import io.interdict.casework.domain.model.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** Who the API believes the caller is: lets a client check its token before doing real work. */
@Path("/me")
@RequestScoped
public class CallerResource {

    @Context
    SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"analyst", "manager", "auditor", "admin", Role.SCREENING_SERVICE_NAME})
    public CallerViews.CallerView me() {
        return CallerViews.of(security);
    }
}
