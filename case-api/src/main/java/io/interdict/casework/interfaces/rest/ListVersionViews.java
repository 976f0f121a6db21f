package io.interdict.casework.interfaces.rest;

import io.interdict.casework.application.ListOperations;
import io.interdict.casework.domain.model.lists.EntryChangeKind;
import io.interdict.casework.domain.model.lists.ListEntryChange;
import io.interdict.casework.domain.model.lists.ListVersionId;
import io.interdict.casework.domain.model.lists.StoredListVersion;
import io.interdict.casework.domain.model.rescreening.Rescreening;
import io.interdict.screening.application.EntryChanges;
import io.interdict.screening.domain.model.entry.ListEntry;
import io.interdict.screening.domain.model.list.ListDiff;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What the list API answers: versions of the log, their diffs, activations. */
public final class ListVersionViews {

    private ListVersionViews() {
    }

    /** How many entries a version added, removed and changed against the version in force when it arrived. */
    public record DiffCounts(int added, int removed, int changed) {
    }

    /**
     * One version in the log.
     *
     * @param rescreeningId the delta re-screening its latest activation started, if it was ever put in force
     */
    public record VersionView(UUID versionId, String source, String version, LocalDate publishDate, String sha256,
                              String files, int entries, Map<String, Integer> entriesByType, String origin, String status,
                              UUID baseVersionId, DiffCounts diff, List<String> loadMessages, String receivedBy,
                              Instant receivedAt, String activatedBy, Instant activatedAt, Instant retiredAt,
                              UUID rescreeningId) {
    }

    /** One entry added, removed or changed, and for a changed one what changed. */
    public record EntryView(String entryId, String name, String type, List<String> changes) {
    }

    /** A version's entry changes against its base, field by field for the changed ones. */
    public record DiffView(UUID versionId, String source, String version, UUID baseVersionId, DiffCounts counts,
                           List<EntryView> added, List<EntryView> removed, List<EntryView> changed) {
    }

    /**
     * A version put in force.
     *
     * @param diff        what changed against the version in force before (for a roll-back, against the later one)
     * @param indexMillis   how long building the new index took; screenings went on against the old one meanwhile
     * @param rescreeningId the delta re-screening it started ({@code GET /api/rescreenings/{id}})
     */
    public record ActivationView(UUID versionId, String source, String version, String status, UUID replacedVersionId,
                                 String replacedVersion, DiffCounts diff, long indexMillis, UUID rescreeningId) {
    }

    static VersionView of(StoredListVersion v, Optional<Rescreening> latest) {
        return new VersionView(v.id().value(), v.source().key(), v.label(), v.publishDate().orElse(null), v.sha256(),
                v.files(), v.entries(), byType(v.countsByType()), v.origin().name(), v.status().name(),
                v.baseVersionId().map(ListVersionId::value).orElse(null),
                new DiffCounts(v.added(), v.removed(), v.changed()), v.loadMessages(), v.receivedBy(),
                v.receivedAt(), v.activatedBy().orElse(null), v.activatedAt().orElse(null),
                v.retiredAt().orElse(null), latest.map(r -> r.id().value()).orElse(null));
    }

    /** A version of the log, as one end of a comparison. */
    public record VersionRef(UUID versionId, String version) {
    }

    /** The entries that differ between a stored version and the version in force. */
    public record ChangesSinceView(String source, VersionRef since, VersionRef inForce, DiffCounts counts,
                                   List<EntryView> added, List<EntryView> removed, List<EntryView> changed) {
    }

    static ChangesSinceView changesSince(ListOperations.ChangesSince c) {
        ListDiff d = c.diff();
        return new ChangesSinceView(c.inForce().source().key(), ref(c.since()), ref(c.inForce()),
                new DiffCounts(d.added().size(), d.removed().size(), d.changed().size()),
                d.added().stream().map(e -> entry(e, List.of())).toList(),
                d.removed().stream().map(e -> entry(e, List.of())).toList(),
                d.changed().stream().map(change -> entry(change.after(), EntryChanges.describe(change))).toList());
    }

    private static VersionRef ref(StoredListVersion v) {
        return new VersionRef(v.id().value(), v.label());
    }

    private static EntryView entry(ListEntry e, List<String> changes) {
        return new EntryView(e.sourceId(), e.primaryName().text(), e.type().key(), changes);
    }

    static DiffView diff(StoredListVersion v, List<ListEntryChange> changes) {
        return new DiffView(v.id().value(), v.source().key(), v.label(),
                v.baseVersionId().map(ListVersionId::value).orElse(null),
                new DiffCounts(v.added(), v.removed(), v.changed()), entries(changes, EntryChangeKind.ADDED),
                entries(changes, EntryChangeKind.REMOVED), entries(changes, EntryChangeKind.CHANGED));
    }

    static ActivationView activation(ListOperations.Activation a) {
        StoredListVersion v = a.version();
        return new ActivationView(v.id().value(), v.source().key(), v.label(), v.status().name(),
                a.replaced().map(r -> r.id().value()).orElse(null), a.replaced().map(StoredListVersion::label).orElse(null),
                new DiffCounts(a.diff().added().size(), a.diff().removed().size(), a.diff().changed().size()),
                a.indexTime().toMillis(), a.rescreening().id().value());
    }

    private static List<EntryView> entries(List<ListEntryChange> changes, EntryChangeKind kind) {
        return changes.stream().filter(c -> c.kind() == kind)
                .map(c -> new EntryView(c.entryId(), c.entryName(), c.entryType(), c.changes())).toList();
    }

    /** {@code entity=5802, individual=6120} as a map, in that order. */
    private static Map<String, Integer> byType(String counts) {
        Map<String, Integer> byType = new LinkedHashMap<>();
        Arrays.stream(counts.split(", ")).filter(part -> part.contains("=")).forEach(part -> byType.put(
                part.substring(0, part.indexOf('=')), Integer.parseInt(part.substring(part.indexOf('=') + 1))));
        return byType;
    }
}
