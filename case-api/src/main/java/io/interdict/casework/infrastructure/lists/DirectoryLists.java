package io.interdict.casework.infrastructure.lists;

import io.interdict.casework.application.ActiveLists;
import io.interdict.casework.application.ListsUnavailable;
import io.interdict.screening.application.ListsDirectory;
import io.interdict.screening.application.Screener;
import io.interdict.screening.domain.matching.FeatureWeights;
import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.entry.EntryFingerprint;
import io.interdict.screening.domain.model.entry.ListEntry;
import io.interdict.screening.domain.model.list.ListVersion;
import io.interdict.screening.domain.model.list.SanctionsList;
import io.interdict.screening.infrastructure.lists.ListFormats;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The sanctions lists the server screens against: the newest complete version of each list in the lists directory
 * ({@code interdict.lists.dir} system property or {@code INTERDICT_LISTS_DIR}), read and indexed once at start-up.
 * Without a lists directory the server still runs its casework, and screening answers that no lists are loaded.
 */
@Singleton
@Startup
// Written once while starting, only read afterwards (volatile fields): without this every screening would queue
// for the container's write lock on the singleton.
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DirectoryLists implements ActiveLists {

    private static final Logger LOG = Logger.getLogger(DirectoryLists.class.getName());

    private volatile Screener screener;
    private volatile Map<ListSource, ListVersion> versions = Map.of();

    private volatile List<String> loadMessages = List.of();

    /** Entry fingerprints by entry key, for the loaded versions: an entry never changes within a version. */
    private final Map<String, String> fingerprints = new ConcurrentHashMap<>();

    @PostConstruct
    void load() {
        Optional<Path> directory = configuredDirectory();
        if (directory.isEmpty()) {
            LOG.warning("No sanctions lists directory: set interdict.lists.dir or INTERDICT_LISTS_DIR."
                    + " Screening is unavailable until lists are loaded.");
            return;
        }
        long start = System.nanoTime();
        Optional<FeatureWeights> weights = configuredWeights();
        if (weights.isEmpty()) {
            return;
        }
        Screener.Loaded loaded = Screener.load(new ListsDirectory(ListFormats.all()), directory.get(), weights.get());
        Map<ListSource, ListVersion> byList = new EnumMap<>(ListSource.class);
        List<String> messages = new ArrayList<>(loaded.lists().skipped());
        loaded.lists().loads().forEach(load -> messages.add(load.list().source().key() + " "
                + load.list().version().label() + ": " + load.list().size() + " entries read from " + load.location()
                + " in " + load.readTime().toMillis() + " ms"));
        this.loadMessages = List.copyOf(messages);
        for (SanctionsList list : loaded.screener().lists()) {
            byList.put(list.source(), list.version());
            LOG.info(() -> "Loaded " + list.source().key() + " " + list.version().label() + ": " + list.size()
                    + " entries");
        }
        this.fingerprints.clear();
        this.versions = Map.copyOf(byList);
        this.screener = loaded.screener();
        LOG.info(() -> "Sanctions lists ready in " + (System.nanoTime() - start) / 1_000_000 + " ms: "
                + screener.entryCount() + " entries indexed");
    }

    /**
     * The matching weights as the administrator set them ({@code -Dinterdict.matching.weight.<feature>=...}, see
     * docs/screening.md). A wrong key or value leaves screening unavailable, saying why, rather than screening with
     * weights nobody chose; casework goes on.
     */
    private static Optional<FeatureWeights> configuredWeights() {
        try {
            return Optional.of(FeatureWeights.fromSystemProperties());
        } catch (IllegalArgumentException e) {
            LOG.severe("Sanctions lists not loaded: the matching weights are misconfigured: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<Path> configuredDirectory() {
        String configured = System.getProperty("interdict.lists.dir", System.getenv("INTERDICT_LISTS_DIR"));
        if (configured == null || configured.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(configured);
        if (!Files.isDirectory(path)) {
            LOG.warning("The sanctions lists directory " + path + " does not exist.");
            return Optional.empty();
        }
        return Optional.of(path);
    }

    @Override
    public List<String> loadMessages() {
        return loadMessages;
    }

    @Override
    public Screener screener() {
        Screener current = screener;
        if (current == null) {
            throw new ListsUnavailable();
        }
        return current;
    }

    @Override
    public Map<ListSource, ListVersion> versions() {
        return versions;
    }

    /** Computed once per entry of the loaded versions. */
    @Override
    public String fingerprintOf(ListEntry entry) {
        return fingerprints.computeIfAbsent(entry.key(), key -> EntryFingerprint.of(entry));
    }
}
