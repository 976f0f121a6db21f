package io.interdict.casework.domain.model.lists;

import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.list.ListDiff;
import io.interdict.screening.domain.model.list.ListVersion;
import io.interdict.screening.domain.model.list.SanctionsList;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One version of a list in the version log: what it is (list, label, publish date, SHA-256 of its files), what it
 * holds (entries by type), what it changed against the version in force when it arrived, who brought it and when,
 * and whether it is in force. Its files are kept beside it ({@code list_version_content}), so that any version can
 * be put back in force after a restart or on another node.
 */
@Entity
@Table(name = "list_version")
public class StoredListVersion {

    @Id
    private UUID id;

    @Column(name = "source", nullable = false, length = 20)
    private String source;

    @Column(name = "label", nullable = false, length = 100)
    private String label;

    @Column(name = "publish_date")
    private LocalDate publishDate;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "files", nullable = false, length = 2000)
    private String files;

    @Column(name = "entries", nullable = false)
    private int entries;

    /** Entries by type, {@code entity=5802, individual=6120, vessel=410}. */
    @Column(name = "counts_by_type", nullable = false, length = 500)
    private String countsByType;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 20)
    private ListVersionOrigin origin;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ListVersionStatus status;

    /** The version in force when this one arrived, which its changes are counted against; null for the first. */
    @Column(name = "base_version_id")
    private UUID baseVersionId;

    @Column(name = "added", nullable = false)
    private int added;

    @Column(name = "removed", nullable = false)
    private int removed;

    @Column(name = "changed", nullable = false)
    private int changed;

    @Column(name = "load_messages", length = 4000)
    private String loadMessages;

    @Column(name = "received_by", nullable = false, length = 255)
    private String receivedBy;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "activated_by", length = 255)
    private String activatedBy;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    /** A version is named by its publish date, optionally with a suffix, as the lists directory names its folders. */
    private static final Pattern LABEL = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(_[A-Za-z0-9-]{1,40})?");

    /** What is wrong with a name given to a new version, if anything: the API and the browser say the same. */
    public static Optional<String> labelProblem(String label) {
        if (label == null || label.isBlank()) {
            return Optional.of("is required: the version's publish date, YYYY-MM-DD");
        }
        if (!LABEL.matcher(label).matches()) {
            return Optional.of("must be the version's publish date, YYYY-MM-DD, optionally followed by _ and a suffix"
                    + " (2026-12-01 or 2026-12-01_xml), not '" + label + "'");
        }
        try {
            LocalDate.parse(label.substring(0, 10));
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of("'" + label.substring(0, 10) + "' is not a date");
        }
    }

    protected StoredListVersion() {
        // for JPA
    }

    /**
     * A version just read and validated.
     *
     * @param base the version in force it was compared with, if any, and the difference
     */
    public StoredListVersion(ListVersionId id, SanctionsList list, ListVersionOrigin origin,
                             Optional<Based> base, List<String> loadMessages, String receivedBy, Instant receivedAt) {
        ListVersion version = list.version();
        this.id = id.value();
        this.source = version.source().key();
        this.label = version.label();
        this.publishDate = version.publishDate().orElse(null);
        this.sha256 = version.sha256();
        this.files = ListEntryChange.clip(String.join(", ", version.files()), 2000);
        this.entries = list.size();
        this.countsByType = list.countsByType().entrySet().stream()
                .map(e -> e.getKey().key() + "=" + e.getValue()).collect(Collectors.joining(", "));
        this.origin = origin;
        this.status = ListVersionStatus.STAGED;
        base.ifPresent(b -> {
            this.baseVersionId = b.versionId().value();
            this.added = b.diff().added().size();
            this.removed = b.diff().removed().size();
            this.changed = b.diff().changed().size();
        });
        this.loadMessages = loadMessages.isEmpty() ? null : ListEntryChange.clip(String.join("\n", loadMessages), 4000);
        this.receivedBy = receivedBy;
        this.receivedAt = receivedAt;
    }

    /** The version in force a new one was compared with, and what differs. */
    public record Based(ListVersionId versionId, ListDiff diff) {
    }

    /** Screenings are matched against this version from now on. */
    public void putInForce(String actor, Instant now) {
        if (status == ListVersionStatus.IN_FORCE) {
            throw new ListVersionRuleViolation("version " + label + " of " + source + " is already in force");
        }
        status = ListVersionStatus.IN_FORCE;
        activatedBy = actor;
        activatedAt = now;
        retiredAt = null;
    }

    /** Another version of the list was put in force in its place. */
    public void retire(Instant now) {
        status = ListVersionStatus.RETIRED;
        retiredAt = now;
    }

    public String stateSummary() {
        return "status=" + status + ", version=" + label + ", sha256=" + sha256;
    }

    public ListVersionId id() {
        return new ListVersionId(id);
    }

    public ListSource source() {
        return ListSource.byKey(source).orElseThrow(() -> new IllegalStateException("unknown list " + source));
    }

    public String label() {
        return label;
    }

    public Optional<LocalDate> publishDate() {
        return Optional.ofNullable(publishDate);
    }

    public String sha256() {
        return sha256;
    }

    public String files() {
        return files;
    }

    public int entries() {
        return entries;
    }

    public String countsByType() {
        return countsByType;
    }

    public ListVersionOrigin origin() {
        return origin;
    }

    public ListVersionStatus status() {
        return status;
    }

    public Optional<ListVersionId> baseVersionId() {
        return Optional.ofNullable(baseVersionId).map(ListVersionId::new);
    }

    public int added() {
        return added;
    }

    public int removed() {
        return removed;
    }

    public int changed() {
        return changed;
    }

    public List<String> loadMessages() {
        return loadMessages == null ? List.of() : List.of(loadMessages.split("\n"));
    }

    public String receivedBy() {
        return receivedBy;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Optional<String> activatedBy() {
        return Optional.ofNullable(activatedBy);
    }

    public Optional<Instant> activatedAt() {
        return Optional.ofNullable(activatedAt);
    }

    public Optional<Instant> retiredAt() {
        return Optional.ofNullable(retiredAt);
    }
}
