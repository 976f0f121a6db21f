package io.interdict.casework.application;

import io.interdict.casework.domain.model.lists.ListVersionLog;
import io.interdict.casework.domain.model.lists.ListVersionOrigin;
import io.interdict.casework.domain.model.lists.StoredListVersion;
import io.interdict.screening.application.ListsDirectory;
import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.list.SanctionsList;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides at start-up which version of each list goes in force, from the lists directory and the version log:
 * <ul>
 * <li>a directory version the log has not seen is stored in it (with its files and its diff against the version
 * in force) and put in force, unless an administrator's upload is in force: files an operator puts in the
 * directory before a restart are how the quick start takes a new version;</li>
 * <li>otherwise the version the log has in force stays in force, read from the files stored with it, so that an
 * upload or a roll-back survives a restart;</li>
 * <li>a list the directory no longer holds is still screened from the log.</li>
 * </ul>
 */
@ApplicationScoped
public class ListVersionStartup {

    static final String ACTOR = "system:lists-directory";

    @Inject
    ListVersionLog log;

    @Inject
    ListVersionArchive archive;

    @Inject
    ListVersionChanges changes;

    /** The lists to put in force, and what was decided for each. */
    public record Decision(List<SanctionsList> lists, List<String> messages) {
    }

    @Transactional
    public Decision decide(ListsDirectory.LoadedLists directory) {
        Map<ListSource, SanctionsList> inForce = new EnumMap<>(ListSource.class);
        List<String> messages = new ArrayList<>();
        for (ListSource source : ListSource.values()) {
            Optional<StoredListVersion> logged = log.inForce(source);
            Optional<ListsDirectory.ListLoad> found = directory.loads().stream()
                    .filter(load -> load.list().source() == source).findFirst();
            // the directory's copy when it is the logged version: no second reading of the same files
            Optional<SanctionsList> fromLog = logged.map(l -> found.map(ListsDirectory.ListLoad::list)
                    .filter(list -> list.version().sha256().equals(l.sha256())).orElseGet(() -> read(l)));
            if (found.isPresent() && log.withContent(source, found.get().list().version().sha256()).isEmpty()) {
                SanctionsList list = found.get().list();
                StoredListVersion stored = changes.store(list, ListVersionOrigin.DIRECTORY,
                        archive.pack(found.get().location()), logged.flatMap(l -> fromLog.map(f -> based(l, f, list))),
                        List.of("read from " + found.get().location()), ACTOR);
                boolean uploadInForce = logged.filter(l -> l.origin() == ListVersionOrigin.UPLOAD).isPresent();
                if (uploadInForce) {
                    messages.add(source.key() + " " + list.version().label() + " found in the lists directory and"
                            + " stored, not put in force: the uploaded " + logged.get().label() + " stays in force");
                } else {
                    changes.putInForce(stored, logged, ACTOR);
                    inForce.put(source, list);
                    continue;
                }
            }
            if (fromLog.isPresent()) {
                inForce.put(source, fromLog.get());
                if (logged.get().origin() == ListVersionOrigin.UPLOAD || found.isEmpty()
                        || !found.get().list().version().sha256().equals(logged.get().sha256())) {
                    messages.add(source.key() + " " + logged.get().label() + " in force from the version log ("
                            + logged.get().origin().name().toLowerCase(java.util.Locale.ROOT) + " of "
                            + logged.get().receivedAt() + ")");
                }
            } else {
                found.ifPresent(load -> inForce.put(source, load.list()));
            }
        }
        return new Decision(List.copyOf(inForce.values()), messages);
    }

    private SanctionsList read(StoredListVersion version) {
        return archive.read(version.source(), version.label(), log.zip(version.id()));
    }

    private static StoredListVersion.Based based(StoredListVersion base, SanctionsList baseList, SanctionsList list) {
        return new StoredListVersion.Based(base.id(), list.diffAgainst(baseList));
    }
}
