package io.interdict.casework.domain.model.rescreening;

import io.interdict.casework.domain.model.lists.ListVersionId;
import io.interdict.screening.domain.model.ListSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One delta re-screening: after a version of a list was put in force, the stored parties are scanned against the
 * entries it added or changed, those that could match one are re-screened as screenings of their own (new hits open
 * cases), and open cases whose entry it removed are noted. Counts what it did, so that an administrator watches it
 * and an examiner sees that only the parties that could match were touched.
 */
@Entity
@Table(name = "rescreening")
public class Rescreening {

    @Id
    private UUID id;

    @Column(name = "source", nullable = false, length = 20)
    private String source;

    @Column(name = "version_id", nullable = false)
    private UUID versionId;

    @Column(name = "replaced_version_id")
    private UUID replacedVersionId;

    @Column(name = "version_label", nullable = false, length = 100)
    private String versionLabel;

    @Column(name = "entries_added", nullable = false)
    private int entriesAdded;

    @Column(name = "entries_changed", nullable = false)
    private int entriesChanged;

    @Column(name = "entries_removed", nullable = false)
    private int entriesRemoved;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RescreeningStatus status;

    /** Distinct stored parties read by the scan so far. */
    @Column(name = "parties_scanned", nullable = false)
    private int partiesScanned;

    /** Parties that could match an added or changed entry: the ones re-screened. */
    @Column(name = "candidates", nullable = false)
    private int candidates;

    @Column(name = "screened", nullable = false)
    private int screened;

    @Column(name = "hits", nullable = false)
    private int hits;

    @Column(name = "cases_opened", nullable = false)
    private int casesOpened;

    /** Open cases noted because their entry was removed. */
    @Column(name = "cases_noted", nullable = false)
    private int casesNoted;

    @Column(name = "started_by", nullable = false, length = 255)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "scanned_at")
    private Instant scannedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Column(name = "message", length = 2000)
    private String message;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Rescreening() {
        // for JPA
    }

    /**
     * A run about to start.
     *
     * @param replaced the version that was in force before, if any
     */
    public Rescreening(RescreeningId id, ListSource source, ListVersionId version, String versionLabel,
                       Optional<ListVersionId> replaced, EntryCounts entries, String startedBy, Instant now) {
        this.id = id.value();
        this.source = source.key();
        this.versionId = version.value();
        this.versionLabel = versionLabel;
        this.replacedVersionId = replaced.map(ListVersionId::value).orElse(null);
        this.entriesAdded = entries.added();
        this.entriesChanged = entries.changed();
        this.entriesRemoved = entries.removed();
        this.status = RescreeningStatus.SCANNING;
        this.startedBy = startedBy;
        this.startedAt = now;
    }

    /** How many entries the version put in force added, changed and removed against the one it replaced. */
    public record EntryCounts(int added, int changed, int removed) {
    }

    /** A job execution took the run up: the first, or one resuming it after a restart or a failure. */
    public void takenUpBy(long executionId) {
        jobExecutionId = executionId;
        if (status == RescreeningStatus.FAILED) {
            status = scannedAt == null ? RescreeningStatus.SCANNING : RescreeningStatus.SCREENING;
            finishedAt = null;
            // the failure is in the audit trail; the run's message is about where it stands now
            message = null;
        }
    }

    /** The scan read this many more parties (counted as it goes, so that progress shows while it runs). */
    public void scannedMore(int parties) {
        partiesScanned += parties;
    }

    /** The scan ended: the parties found are waiting to be re-screened, open cases of removed entries noted. */
    public void scanEnded(int found, int noted, Instant now) {
        candidates = found;
        casesNoted = noted;
        scannedAt = now;
        status = RescreeningStatus.SCREENING;
    }

    /** A resumed scan starts counting again from the first party (the items it finds again are not added twice). */
    public void scanRestarted() {
        partiesScanned = 0;
    }

    /** One chunk of parties was re-screened. */
    public void advance(int parties, int withHits, int opened) {
        screened += parties;
        hits += withHits;
        casesOpened += opened;
    }

    public void completed(Instant now) {
        status = RescreeningStatus.COMPLETED;
        finishedAt = now;
    }

    public void failed(String reason, Instant now) {
        status = RescreeningStatus.FAILED;
        message = reason.length() <= 2000 ? reason : reason.substring(0, 2000);
        finishedAt = now;
    }

    public String stateSummary() {
        return "status=" + status + ", scanned=" + partiesScanned + ", candidates=" + candidates + ", screened="
                + screened + ", hits=" + hits + ", casesOpened=" + casesOpened + ", casesNoted=" + casesNoted;
    }

    /** From the start to the end, or to {@code now} while it runs. */
    public Duration elapsed(Instant now) {
        return Duration.between(startedAt, finishedAt != null ? finishedAt : now);
    }

    public RescreeningId id() {
        return new RescreeningId(id);
    }

    public ListSource source() {
        return ListSource.byKey(source).orElseThrow(() -> new IllegalStateException("unknown list " + source));
    }

    public ListVersionId versionId() {
        return new ListVersionId(versionId);
    }

    public Optional<ListVersionId> replacedVersionId() {
        return Optional.ofNullable(replacedVersionId).map(ListVersionId::new);
    }

    public String versionLabel() {
        return versionLabel;
    }

    public EntryCounts entries() {
        return new EntryCounts(entriesAdded, entriesChanged, entriesRemoved);
    }

    public RescreeningStatus status() {
        return status;
    }

    public int partiesScanned() {
        return partiesScanned;
    }

    public int candidates() {
        return candidates;
    }

    public int screened() {
        return screened;
    }

    public int hits() {
        return hits;
    }

    public int casesOpened() {
        return casesOpened;
    }

    public int casesNoted() {
        return casesNoted;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Optional<Instant> scannedAt() {
        return Optional.ofNullable(scannedAt);
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public Optional<Long> jobExecutionId() {
        return Optional.ofNullable(jobExecutionId);
    }

    public Optional<String> message() {
        return Optional.ofNullable(message);
    }
}
