package io.interdict.casework.interfaces.rest;

import io.interdict.casework.application.DeltaRescreening;
import io.interdict.casework.application.ListIntake;
import io.interdict.casework.application.ListNotKnown;
import io.interdict.casework.application.ListOperations;
import io.interdict.casework.domain.model.lists.ListVersionId;
import io.interdict.casework.domain.model.lists.StoredListVersion;
import io.interdict.screening.domain.model.ListSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * {@code /api/lists/{source}/versions}: the administrator's list operations. A ZIP of a list's files becomes a
 * stored version with its diff against the version in force; it is screened against only once put in force
 * ({@code .../activate}, which answers 202 with the delta re-screening it started; or at once, when the
 * auto-activate rule names the list), and any earlier version can be put back the same way. Auditors read the log;
 * {@code /api/lists/{source}/changes?since=} tells a system that synchronised with an earlier version what changed.
 */
@Path("/lists/{source}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ListVersionResource {

    /** The largest list (the SDN's XML, about 100 MB) zips to well under this. */
    static final long MAX_ZIP_BYTES = 100L * 1024 * 1024;

    @Inject
    ListOperations operations;

    @Inject
    ListIntake intake;

    @Inject
    DeltaRescreening rescreenings;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @POST
    @Path("versions")
    @Consumes({"application/zip", "application/x-zip-compressed"})
    @RolesAllowed("admin")
    public Response upload(@PathParam("source") String source, @QueryParam("version") String version,
                           @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length, InputStream body) {
        ListSource list = ListNotKnown.byKey(source);
        RequestFields fields = new RequestFields();
        String label = fields.required("version", version, 60);
        if (label != null) {
            StoredListVersion.labelProblem(label).ifPresent(problem -> fields.error("version", problem));
        }
        fields.check();
        if (length != null && length.strip().matches("\\d{1,18}") && Long.parseLong(length.strip()) > MAX_ZIP_BYTES) {
            throw tooLarge();
        }
        ListIntake.Taken taken = intake.take(list, label, read(body), caller());
        StoredListVersion stored = taken.activation().map(ListOperations.Activation::version)
                .orElse(taken.received());
        return Response.created(uri.getAbsolutePathBuilder().path(stored.id().toString()).build())
                .entity(ListVersionViews.of(stored, taken.activation().map(ListOperations.Activation::rescreening)))
                .build();
    }

    @GET
    @Path("changes")
    @RolesAllowed({"admin", "auditor"})
    public ListVersionViews.ChangesSinceView changesSince(@PathParam("source") String source,
                                                          @QueryParam("since") String since) {
        ListSource list = ListNotKnown.byKey(source);
        RequestFields fields = new RequestFields();
        fields.required("since", since, 60);
        fields.check();
        return ListVersionViews.changesSince(operations.changesSince(list, id(since)));
    }

    @GET
    @Path("versions")
    @RolesAllowed({"admin", "auditor"})
    public List<ListVersionViews.VersionView> versions(@PathParam("source") String source) {
        return operations.versions(ListNotKnown.byKey(source)).stream().map(this::view).toList();
    }

    @GET
    @Path("versions/{versionId}")
    @RolesAllowed({"admin", "auditor"})
    public ListVersionViews.VersionView version(@PathParam("source") String source,
                                                @PathParam("versionId") String versionId) {
        return view(operations.version(ListNotKnown.byKey(source), id(versionId)));
    }

    @GET
    @Path("versions/{versionId}/diff")
    @RolesAllowed({"admin", "auditor"})
    public ListVersionViews.DiffView diff(@PathParam("source") String source,
                                          @PathParam("versionId") String versionId) {
        ListSource list = ListNotKnown.byKey(source);
        ListVersionId id = id(versionId);
        return ListVersionViews.diff(operations.version(list, id), operations.changes(list, id));
    }

    @POST
    @Path("versions/{versionId}/activate")
    @RolesAllowed("admin")
    public Response activate(@PathParam("source") String source, @PathParam("versionId") String versionId) {
        ListVersionViews.ActivationView activation = ListVersionViews.activation(
                operations.activate(ListNotKnown.byKey(source), id(versionId), caller()));
        // in force already; the re-screening it started goes on, and its address says how far it is
        return Response.accepted(activation).location(uri.getBaseUriBuilder().path(RescreeningResource.class)
                .path(activation.rescreeningId().toString()).build()).build();
    }

    private ListVersionViews.VersionView view(StoredListVersion version) {
        return ListVersionViews.of(version, rescreenings.latestFor(version.id()));
    }

    private static ListVersionId id(String versionId) {
        return new ListVersionId(RequestFields.pathId(versionId, "list version"));
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }

    private static byte[] read(InputStream body) {
        return UploadLimits.readAll(body, MAX_ZIP_BYTES, tooLarge().getMessage());
    }

    private static UploadTooLarge tooLarge() {
        return new UploadTooLarge("a list version's ZIP is at most " + MAX_ZIP_BYTES / (1024 * 1024) + " MB");
    }
}
