package io.interdict.casework.interfaces.rest;

import io.interdict.casework.application.CaseAttachments;
import io.interdict.casework.domain.model.attachments.Attachment;
import io.interdict.casework.domain.model.cases.CaseId;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The documents of a case: {@code POST /api/cases/{caseId}/attachments?fileName=...&description=...} with the file as
 * the body and its type as {@code Content-Type} (the content decides what it is: a mismatch is refused), the list,
 * and {@code GET .../{attachmentId}} to download one as it was uploaded. The case roles read them; analysts and
 * managers attach them; every upload and download is on the case's audit trail.
 */
@Path("/cases/{caseId}/attachments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AttachmentResource {

    @Inject
    CaseAttachments attachments;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"analyst", "manager"})
    public Response attach(@PathParam("caseId") String caseId, @QueryParam("fileName") String fileName,
                           @QueryParam("description") String description,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length, InputStream body) {
        CaseId id = new CaseId(RequestFields.pathId(caseId, "case"));
        RequestFields fields = new RequestFields();
        String name = fields.required("fileName", fileName, 1000);
        Optional<String> about = fields.optional("description", description, 1000);
        fields.check();
        long max = attachments.maxBytes();
        if (length != null && length.strip().matches("\\d{1,18}")) {
            attachments.checkSize(name, Long.parseLong(length.strip()));
        }
        Attachment attached = attachments.attach(id, name, Optional.ofNullable(contentType).filter(t -> !t.isBlank()),
                read(body, name, max), about, security.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(AttachmentViews.of(attached)).build();
    }

    @GET
    @RolesAllowed({"analyst", "manager", "auditor", "admin"})
    public List<AttachmentViews.AttachmentView> list(@PathParam("caseId") String caseId) {
        return attachments.ofCase(new CaseId(RequestFields.pathId(caseId, "case"))).stream()
                .map(AttachmentViews::of).toList();
    }

    /** The document as uploaded, never rendered by the browser in place ({@code nosniff}, as an attachment). */
    @GET
    @Path("/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({"analyst", "manager", "auditor", "admin"})
    public Response download(@PathParam("caseId") String caseId, @PathParam("attachmentId") String attachmentId) {
        CaseId id = new CaseId(RequestFields.pathId(caseId, "case"));
        UUID documentId = RequestFields.pathId(attachmentId, "attachment");
        CaseAttachments.Download download = attachments.download(documentId, security.getUserPrincipal().getName(),
                id);
        return Downloads.builder(download.content(), download.attachment().contentType(),
                download.attachment().fileName()).header("X-Content-Type-Options", "nosniff").build();
    }

    /** The body, read no further than one byte past the limit (a Content-Length can be absent or wrong). */
    private byte[] read(InputStream body, String name, long max) {
        try {
            byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            attachments.checkSize(name, content.length);
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException("the upload of '" + name + "' broke off", e);
        }
    }
}
