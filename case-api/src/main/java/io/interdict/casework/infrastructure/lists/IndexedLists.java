package io.interdict.casework.infrastructure.lists;

import io.interdict.casework.application.ActiveLists;
import io.interdict.casework.application.ListVersionStartup;
import io.interdict.casework.application.ListsInForce;
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
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The sanctions lists the server screens against, indexed in memory. At start-up: the newest complete version of
 * each list in the lists directory ({@code interdict.lists.dir} system property or {@code INTERDICT_LISTS_DIR}),
 * reconciled with the version log ({@link ListVersionStartup}); afterwards a version put in force replaces its
 * list's version through {@link #replace}, without a restart. Without lists the server still runs its casework, and
 * screening answers that no lists are loaded.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
// The index is one volatile reference, replaced whole: without this every screening would queue for the
// container's write lock on the singleton.
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndexedLists implements ActiveLists {

    private static final Logger LOG = Logger.getLogger(IndexedLists.class.getName());

    @Inject
    ListVersionStartup startup;

    private volatile Index index;

    private volatile List<String> loadMessages = List.of();

    private FeatureWeights weights = FeatureWeights.defaults();

    /**
     * The lists in force and the fingerprints of their entries, computed once per entry: an entry never changes
     * within a version. A fingerprint is cached only for the very entry object of this index, so that an entry of a
     * replaced version, still in a screening under way, never leaves its fingerprint for the new version's entry.
     */
    private record Index(ListsInForce lists, Map<String, Fingerprinted> fingerprints) {

        Index(Screener screener) {
            this(ListsInForce.of(screener), new ConcurrentHashMap<>());
        }

        String fingerprintOf(ListEntry entry) {
            Fingerprinted cached = fingerprints.get(entry.key());
            if (cached != null && cached.entry() == entry) {
                return cached.fingerprint();
            }
            String fingerprint = EntryFingerprint.of(entry);
            if (cached == null) {
                fingerprints.putIfAbsent(entry.key(), new Fingerprinted(entry, fingerprint));
            }
            return fingerprint;
        }
    }

    private record Fingerprinted(ListEntry entry, String fingerprint) {
    }

    @PostConstruct
    void load() {
        Optional<Path> directory = configuredDirectory();
        Optional<FeatureWeights> configured = configuredWeights();
        if (configured.isEmpty()) {
            return;
        }
        weights = configured.get();
        long start = System.nanoTime();
        ListsDirectory.LoadedLists loaded = directory.map(new ListsDirectory(ListFormats.all())::load)
                .orElse(new ListsDirectory.LoadedLists(List.of(), List.of()));
        List<String> messages = new ArrayList<>(loaded.skipped());
        loaded.loads().forEach(load -> messages.add(load.list().source().key() + " "
                + load.list().version().label() + ": " + load.list().size() + " entries read from " + load.location()
                + " in " + load.readTime().toMillis() + " ms"));
        ListVersionStartup.Decision decision = startup.decide(loaded);
        messages.addAll(decision.messages());
        this.loadMessages = List.copyOf(messages);
        if (decision.lists().isEmpty()) {
            LOG.warning("No sanctions lists: set interdict.lists.dir or INTERDICT_LISTS_DIR, or upload a version."
                    + " Screening is unavailable until lists are loaded.");
            return;
        }
        Screener screener = new Screener(decision.lists(), weights);
        screener.lists().forEach(list -> LOG.info(() -> "In force: " + list.source().key() + " "
                + list.version().label() + ", " + list.size() + " entries"));
        this.index = new Index(screener);
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
    public ListsInForce inForce() {
        Index current = index;
        if (current == null) {
            throw new ListsUnavailable();
        }
        return current.lists();
    }

    @Override
    public Map<ListSource, ListVersion> versions() {
        Index current = index;
        return current == null ? Map.of() : current.lists().versions();
    }

    @Override
    public String fingerprintOf(ListEntry entry) {
        Index current = index;
        return current == null ? EntryFingerprint.of(entry) : current.fingerprintOf(entry);
    }

    @Override
    public Screener index(List<SanctionsList> lists) {
        return new Screener(lists, weights);
    }

    @Override
    public Replacement replace(SanctionsList list) {
        Index current = index;
        List<SanctionsList> lists = new ArrayList<>();
        if (current != null) {
            current.lists().screener().lists().stream().filter(l -> l.source() != list.source()).forEach(lists::add);
        }
        lists.add(list);
        lists.sort(java.util.Comparator.comparing(SanctionsList::source));
        Index replacement = new Index(new Screener(lists, weights));
        return new Replacement() {
            @Override
            public ListsInForce lists() {
                return replacement.lists();
            }

            @Override
            public void apply() {
                index = replacement;
                LOG.info(() -> "In force: " + list.source().key() + " " + list.version().label() + ", " + list.size()
                        + " entries (" + replacement.lists().screener().entryCount() + " entries indexed)");
            }
        };
    }
}
