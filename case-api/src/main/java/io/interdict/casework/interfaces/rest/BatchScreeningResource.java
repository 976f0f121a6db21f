package io.interdict.casework.interfaces.rest;

import io.interdict.casework.application.BatchNotFound;
import io.interdict.casework.application.BatchQueries;
import io.interdict.casework.application.BatchSubmission;
import io.interdict.casework.application.BatchUpload;
import io.interdict.casework.domain.model.Role;
import io.interdict.casework.domain.model.batch.ScreeningBatch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * {@code /api/screenings/batch}: submit many parties at once (CSV or a JSON array), screened in the background by a
 * batch job, each exactly as {@code POST /api/screenings} would; then read the progress and the results.
 */
@Path("/screenings/batch")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BatchScreeningResource {

    private static final int MAX_PAGE_SIZE = 1000;

    @Inject
    BatchSubmission submission;

    @Inject
    BatchQueries queries;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @POST
    @Consumes({"text/csv", "application/csv"})
    @RolesAllowed({"analyst", "admin", Role.SCREENING_SERVICE_NAME})
    public Response submitCsv(InputStream body, @HeaderParam("Content-Length") String length) {
        return submit(body, length, CsvBatchReader::read);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"analyst", "admin", Role.SCREENING_SERVICE_NAME})
    public Response submitJson(InputStream body, @HeaderParam("Content-Length") String length) {
        return submit(body, length, JsonBatchReader::read);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"analyst", "manager", "auditor", "admin", Role.SCREENING_SERVICE_NAME})
    public BatchViews.Progress progress(@PathParam("id") String id,
                                        @QueryParam("page") @DefaultValue("0") String page,
                                        @QueryParam("size") @DefaultValue("100") String size) {
        RequestFields fields = new RequestFields();
        int pageNumber = fields.wholeNumber("page", page, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE);
        int pageSize = fields.wholeNumber("size", size, 1, MAX_PAGE_SIZE);
        UUID batchId = fields.id("id", id, "batch").orElse(null);
        fields.check();
        BatchQueries.BatchReport report = queries.report(batchId, pageNumber, pageSize);
        if (onlyAService() && !report.batch().submittedBy().equals(security.getUserPrincipal().getName())) {
            throw new BatchNotFound(batchId); // a system sees its own batches; that others exist is not its business
        }
        return BatchViews.progress(report, pageNumber, pageSize);
    }

    /** A screening system's token, as opposed to a person's (who may read every batch). */
    private boolean onlyAService() {
        return Role.heldBy(security::isUserInRole).equals(List.of(Role.SCREENING_SERVICE));
    }

    private Response submit(InputStream body, String length, Function<InputStream, BatchUpload> reader) {
        if (length != null && length.strip().matches("\\d{1,18}")
                && Long.parseLong(length.strip()) > UploadLimits.MAX_BYTES) {
            throw new UploadTooLarge("a batch body is at most " + UploadLimits.MAX_BYTES / (1024 * 1024)
                    + " MB; split the file");
        }
        BatchUpload upload = reader.apply(UploadLimits.bounded(body));
        ScreeningBatch batch = submission.submit(upload, security.getUserPrincipal().getName());
        submission.launch(batch);
        return Response.accepted(new BatchViews.Accepted(batch.id(), batch.status().name(), batch.total(),
                        upload.rejected().stream().limit(BatchQueries.REJECTED_LISTED)
                                .map(r -> BatchViews.rejected(upload.format(), r.position(), r.reason())).toList()))
                .location(uri.getAbsolutePathBuilder().path(batch.id().toString()).build()).build();
    }
}
