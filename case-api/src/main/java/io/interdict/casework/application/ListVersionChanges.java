package io.interdict.casework.application;

import io.interdict.casework.domain.model.audit.AuditAction;
import io.interdict.casework.domain.model.audit.AuditRecord;
import io.interdict.casework.domain.model.audit.AuditTrail;
import io.interdict.casework.domain.model.lists.EntryChangeKind;
import io.interdict.casework.domain.model.lists.ListEntryChange;
import io.interdict.casework.domain.model.lists.ListVersionId;
import io.interdict.casework.domain.model.lists.ListVersionLog;
import io.interdict.casework.domain.model.lists.ListVersionOrigin;
import io.interdict.casework.domain.model.lists.StoredListVersion;
import io.interdict.screening.application.EntryChanges;
import io.interdict.screening.domain.model.list.ListDiff;
import io.interdict.screening.domain.model.list.SanctionsList;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The changes to the version log, each in the caller's transaction with its audit events. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ListVersionChanges {

    @Inject
    ListVersionLog log;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    /** Stores a version read and validated, its files and its entry changes against its base. */
    public StoredListVersion store(SanctionsList list, ListVersionOrigin origin, byte[] zip,
                                   Optional<StoredListVersion.Based> base, List<String> messages, String actor) {
        ListVersionId id = ListVersionId.generate();
        StoredListVersion version = new StoredListVersion(id, list, origin, base, messages, actor, clock.instant());
        log.store(version, zip, base.map(b -> entryChanges(id, b.diff())).orElse(List.of()));
        auditTrail.append(AuditRecord.of(actor, AuditAction.LIST_VERSION_RECEIVED, id, version.source().key() + " "
                        + version.label() + " received (" + origin.name().toLowerCase(java.util.Locale.ROOT) + "): "
                        + version.entries() + " entries, " + version.countsByType() + "; against the version in force "
                        + version.added() + " added, " + version.removed() + " removed, " + version.changed()
                        + " changed")
                .withStates(null, version.stateSummary()));
        return version;
    }

    /**
     * Puts the stored version in force in a transaction of its own, retiring the one in force.
     *
     * @return the version retired, if any
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<StoredListVersion> putInForce(ListVersionId id, String actor) {
        StoredListVersion version = log.find(id).orElseThrow(() -> new ListVersionNotFound(id));
        Optional<StoredListVersion> replaced = log.inForce(version.source());
        putInForce(version, replaced, actor);
        return replaced;
    }

    /** Puts the version in force and retires the one it replaces, if any. */
    public void putInForce(StoredListVersion version, Optional<StoredListVersion> replaced, String actor) {
        Instant now = clock.instant();
        String before = version.stateSummary();
        version.putInForce(actor, now);
        replaced.ifPresent(old -> {
            String oldBefore = old.stateSummary();
            old.retire(now);
            auditTrail.append(AuditRecord.of(actor, AuditAction.LIST_VERSION_RETIRED, old.id(),
                            old.source().key() + " " + old.label() + " retired: " + version.label() + " in force")
                    .withStates(oldBefore, old.stateSummary()));
        });
        boolean rollBack = replaced.filter(old -> old.receivedAt().isAfter(version.receivedAt())).isPresent();
        auditTrail.append(AuditRecord.of(actor, AuditAction.LIST_VERSION_PUT_IN_FORCE, version.id(),
                        version.source().key() + " " + version.label() + (rollBack ? " put back in force (roll-back from "
                                : " put in force (replacing ") + replaced.map(StoredListVersion::label).orElse("none") + ")")
                .withStates(before, version.stateSummary()));
    }

    private static List<ListEntryChange> entryChanges(ListVersionId id, ListDiff diff) {
        List<ListEntryChange> changes = new ArrayList<>();
        diff.added().forEach(e -> changes.add(new ListEntryChange(id, EntryChangeKind.ADDED, e, List.of())));
        diff.removed().forEach(e -> changes.add(new ListEntryChange(id, EntryChangeKind.REMOVED, e, List.of())));
        diff.changed().forEach(c -> changes.add(new ListEntryChange(id, EntryChangeKind.CHANGED, c.after(),
                EntryChanges.describe(c))));
        return changes;
    }
}
