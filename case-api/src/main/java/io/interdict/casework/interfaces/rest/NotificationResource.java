package io.interdict.casework.interfaces.rest;

import io.interdict.casework.application.ManagerInbox;
import io.interdict.casework.domain.model.notification.NotificationPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;

/**
 * The managers' inbox: {@code GET /api/notifications} (open ones by default, newest first) and
 * {@code POST /api/notifications/{id}/acknowledge}.
 */
@Path("/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    private static final int MAX_PAGE_SIZE = 200;

    @Inject
    ManagerInbox inbox;

    @Context
    SecurityContext security;

    /** Which notifications a page shows: those not acknowledged yet, or all. */
    enum Shown { OPEN, ALL }

    @GET
    @RolesAllowed({"manager", "admin"})
    public NotificationViews.InboxView list(@QueryParam("status") @DefaultValue("OPEN") String status,
                          @QueryParam("page") @DefaultValue("0") String page,
                          @QueryParam("size") @DefaultValue("50") String size) {
        RequestFields fields = new RequestFields();
        boolean open = fields.requiredEnum("status", status, Shown.class) != Shown.ALL;
        int pageNumber = fields.wholeNumber("page", page, 0, 1_000_000);
        int pageSize = fields.wholeNumber("size", size, 1, MAX_PAGE_SIZE);
        fields.check();
        NotificationPage found = inbox.list(open, pageNumber, pageSize);
        return NotificationViews.inbox(found);
    }

    @POST
    @Path("/{id}/acknowledge")
    @RolesAllowed("manager")
    public NotificationViews.NotificationView acknowledge(@PathParam("id") String id) {
        UUID notificationId = RequestFields.pathId(id, "notification");
        return NotificationViews.of(inbox.acknowledge(notificationId, security.getUserPrincipal().getName()));
    }
}
