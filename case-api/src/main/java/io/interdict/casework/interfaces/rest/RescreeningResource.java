package io.interdict.casework.interfaces.rest;

import io.interdict.casework.application.DeltaRescreening;
import io.interdict.casework.domain.model.rescreening.Rescreening;
import io.interdict.casework.domain.model.rescreening.RescreeningId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code /api/rescreenings/{id}}: how far the delta re-screening a list activation started has come. {@code total}
 * is the number of parties to re-screen, known once the scan of the stored parties has ended ({@code scanned}
 * counts the parties it read meanwhile); {@code done} of them are re-screened.
 */
@Path("/rescreenings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RescreeningResource {

    @Inject
    DeltaRescreening rescreening;

    @Inject
    Clock clock;

    /**
     * One run.
     *
     * @param total         the parties that could match an added or changed entry; null while the scan runs
     * @param casesNoted    open cases noted because their entry was removed
     * @param elapsedMillis from the start to the end, or to now while it runs
     */
    public record RescreeningView(UUID rescreeningId, String source, String version, UUID versionId, UUID replacedVersionId,
                                  Rescreening.EntryCounts entries, String status, int scanned, Integer total, int done, int hits,
                                  int casesOpened, int casesNoted, String startedBy, Instant startedAt, Instant scannedAt,
                                  Instant finishedAt, long elapsedMillis, String message) {
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"admin", "auditor"})
    public RescreeningView rescreening(@PathParam("id") String id) {
        Rescreening run = rescreening.find(new RescreeningId(RequestFields.pathId(id, "re-screening")));
        return new RescreeningView(run.id().value(), run.source().key(), run.versionLabel(), run.versionId().value(),
                run.replacedVersionId().map(v -> v.value()).orElse(null),
                run.entries(), run.status().name(),
                run.partiesScanned(), run.scannedAt().isPresent() ? run.candidates() : null, run.screened(),
                run.hits(), run.casesOpened(), run.casesNoted(), run.startedBy(), run.startedAt(),
                run.scannedAt().orElse(null), run.finishedAt().orElse(null),
                run.elapsed(clock.instant()).toMillis(), run.message().orElse(null));
    }
}
