package io.interdict.casework.application;

import io.interdict.casework.domain.model.audit.AuditAction;
import io.interdict.casework.domain.model.audit.AuditRecord;
import io.interdict.casework.domain.model.lists.ListEntryChange;
import io.interdict.casework.domain.model.lists.ListVersionId;
import io.interdict.casework.domain.model.lists.ListVersionLog;
import io.interdict.casework.domain.model.lists.ListVersionOrigin;
import io.interdict.casework.domain.model.lists.ListVersionRuleViolation;
import io.interdict.casework.domain.model.lists.ListVersionStatus;
import io.interdict.casework.domain.model.lists.StoredListVersion;
import io.interdict.casework.domain.model.rescreening.Rescreening;
import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.list.ListDiff;
import io.interdict.screening.domain.model.list.ListVersion;
import io.interdict.screening.domain.model.list.SanctionsList;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An administrator's list operations: a new version is received (read in full, validated, stored with its diff
 * against the version in force) and put in force only when asked; any stored version can be put back in force (a
 * roll-back). Putting a version in force builds the new index beside the one in force, records the change, then
 * swaps the index in one step: no screening waits or is refused while it happens. Then the stored parties that
 * could match an entry it added or changed are re-screened, by a job of their own.
 */
@ApplicationScoped
public class ListOperations {

    @Inject
    ListVersionLog log;

    @Inject
    ListVersionArchive archive;

    @Inject
    ListVersionChanges changes;

    @Inject
    ActiveLists activeLists;

    @Inject
    RefusalRecorder refusals;

    @Inject
    DeltaRescreening rescreenings;

    /** One activation at a time: each builds its index from the lists in force, which another would change. */
    private final ReentrantLock activation = new ReentrantLock();

    /**
     * A version put in force.
     *
     * @param replaced  the version it replaced, if any
     * @param diff      what changed against the version that was in force
     * @param indexTime   how long building the new index took (screenings went on against the old one meanwhile)
     * @param rescreening the delta re-screening of the stored parties it started
     */
    public record Activation(StoredListVersion version, Optional<StoredListVersion> replaced, ListDiff diff,
                             Duration indexTime, Rescreening rescreening) {
    }

    /**
     * @throws ListVersionRefused        when the files are not a complete, well-formed version (recorded in the trail)
     * @throws ListVersionRuleViolation  when the label or the very same files are stored already
     */
    @Transactional
    public StoredListVersion receive(ListSource source, String label, byte[] zip, String actor) {
        StoredListVersion.labelProblem(label).ifPresent(problem -> {
            throw new ListVersionRuleViolation("the version's name " + problem);
        });
        log.of(source).stream().filter(v -> v.label().equals(label)).findFirst().ifPresent(v -> {
            throw new ListVersionRuleViolation("version " + label + " of " + source.key() + " is stored already ("
                    + v.id() + "); give the new one another name, such as " + label + "_2");
        });
        SanctionsList list = read(source, label, zip, actor);
        log.withContent(source, list.version().sha256()).ifPresent(v -> {
            throw new ListVersionRuleViolation("these files are version " + v.label() + " of " + source.key()
                    + ", stored already (" + v.id() + ")");
        });
        Optional<StoredListVersion> base = log.inForce(source);
        Optional<SanctionsList> inForce = activeLists.listInForce(source);
        Optional<StoredListVersion.Based> based = base.flatMap(b -> inForce
                .map(current -> new StoredListVersion.Based(b.id(), list.diffAgainst(current))));
        return changes.store(list, ListVersionOrigin.UPLOAD, zip, based, List.of(), actor);
    }

    private SanctionsList read(ListSource source, String label, byte[] zip, String actor) {
        try {
            return archive.read(source, label, zip);
        } catch (ListVersionRefused refused) {
            refusals.record(AuditRecord.of(actor, AuditAction.LIST_VERSION_REFUSED, UUID.randomUUID(),
                    source.key() + " " + label + " refused: " + refused.getMessage()));
            throw refused;
        }
    }

    /**
     * Puts a stored version of the list in force: a new one, or an earlier one back (a roll-back).
     *
     * @throws ListVersionNotFound       when the list has no such version
     * @throws ListVersionRuleViolation  when it is in force already
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Activation activate(ListSource source, ListVersionId id, String actor) {
        activation.lock();
        try {
            StoredListVersion version = version(source, id);
            if (version.status() == ListVersionStatus.IN_FORCE) {
                throw new ListVersionRuleViolation("version " + version.label() + " of " + source.key()
                        + " is in force already");
            }
            SanctionsList list = archive.read(source, version.label(), log.zip(id));
            Optional<SanctionsList> before = activeLists.listInForce(source);
            long start = System.nanoTime();
            ActiveLists.Replacement replacement = activeLists.replace(list);
            Duration indexTime = Duration.ofNanos(System.nanoTime() - start);
            Optional<StoredListVersion> replaced = changes.putInForce(id, actor);
            replacement.apply();
            ListDiff diff = before.map(list::diffAgainst).orElseGet(() -> ListDiff.firstVersion(list));
            StoredListVersion inForce = version(source, id);
            Rescreening rescreening = rescreenings.begin(inForce, replaced, diff, actor);
            rescreenings.launch(rescreening.id());
            return new Activation(inForce, replaced, diff, indexTime, rescreening);
        } finally {
            activation.unlock();
        }
    }

    /**
     * Puts in force on this node every version the log has in force and this node does not screen with. On a cluster
     * an administrator activates (or rolls back) a version on one node, and every other node follows it from the
     * shared log within a round of {@code ListVersionFollowing}. Nothing is recorded: the change was recorded where
     * it was made. A round is skipped while an activation runs here, which is about to apply what the log says, and
     * before the lists are first loaded.
     *
     * @return the versions this node has just put in force
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<StoredListVersion> followLog() {
        if (activeLists.versions().isEmpty() || !activation.tryLock()) {
            return List.of();
        }
        try {
            List<StoredListVersion> followed = new ArrayList<>();
            for (ListSource source : ListSource.values()) {
                Optional<StoredListVersion> logged = log.inForce(source);
                ListVersion here = activeLists.versions().get(source);
                if (logged.isPresent() && (here == null || !here.sha256().equals(logged.get().sha256()))) {
                    activeLists.replace(archive.read(source, logged.get().label(), log.zip(logged.get().id()))).apply();
                    followed.add(logged.get());
                }
            }
            return followed;
        } finally {
            activation.unlock();
        }
    }

    /**
     * What differs between a stored version and the version in force: the entries added, removed and changed since
     * that version, for a system that last synchronised with it.
     *
     * @throws ListVersionNotFound      when the list has no such version
     * @throws ListVersionRuleViolation when the list has no version in force
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ChangesSince changesSince(ListSource source, ListVersionId since) {
        StoredListVersion older = version(source, since);
        StoredListVersion current = log.inForce(source).orElseThrow(() -> new ListVersionRuleViolation(
                source.key() + " has no version in force"));
        SanctionsList newer = activeLists.listInForce(source)
                .filter(list -> list.version().sha256().equals(current.sha256()))
                .orElseGet(() -> archive.read(source, current.label(), log.zip(current.id())));
        return new ChangesSince(older, current,
                newer.diffAgainst(archive.read(source, older.label(), log.zip(older.id()))));
    }

    /** The entries that differ between a stored version and the version in force. */
    public record ChangesSince(StoredListVersion since, StoredListVersion inForce, ListDiff diff) {
    }

    /** Every stored version of the list, newest first. */
    public List<StoredListVersion> versions(ListSource source) {
        return log.of(source);
    }

    /** @throws ListVersionNotFound when the list has no such version */
    public StoredListVersion version(ListSource source, ListVersionId id) {
        return log.find(id).filter(v -> v.source() == source).orElseThrow(() -> new ListVersionNotFound(id));
    }

    /** The version's entries added, changed and removed against the version in force when it arrived. */
    public List<ListEntryChange> changes(ListSource source, ListVersionId id) {
        version(source, id);
        return log.changes(id);
    }
}
