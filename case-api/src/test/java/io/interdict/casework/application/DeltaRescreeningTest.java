package io.interdict.casework.application;

import static io.interdict.casework.application.InMemoryCasework.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.casework.domain.model.cases.ScreeningCase;
import io.interdict.casework.domain.model.lists.ListVersionId;
import io.interdict.casework.domain.model.lists.ListVersionOrigin;
import io.interdict.casework.domain.model.lists.StoredListVersion;
import io.interdict.casework.domain.model.rescreening.Rescreening;
import io.interdict.casework.domain.model.rescreening.RescreeningId;
import io.interdict.casework.domain.model.rescreening.RescreeningItem;
import io.interdict.casework.domain.model.rescreening.RescreeningItemStatus;
import io.interdict.casework.domain.model.rescreening.RescreeningRepository;
import io.interdict.casework.domain.model.rescreening.RescreeningStatus;
import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.EntryName;
import io.interdict.screening.domain.model.entry.ListEntry;
import io.interdict.screening.domain.model.list.ListDiff;
import io.interdict.screening.domain.model.list.ListVersion;
import io.interdict.screening.domain.model.list.SanctionsList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A list version that adds one entry and removes another: only the stored party that could match the added entry is
 * re-screened and opens a case (with an alert on that entry alone), the open case of the removed entry is noted,
 * the same party screened twice is re-screened once, and a chunk screened again after a crash opens nothing twice.
 */
class DeltaRescreeningTest {

    private static final String ADDED = "ZORBANIAN TESTAMENT SHIPPING LIMITED";

    private final InMemoryCasework casework = new InMemoryCasework();
    private final Runs runs = new Runs();
    private final DeltaRescreening rescreening = new DeltaRescreening();
    private final RescreeningProgress progress = new RescreeningProgress();
    private final RescreeningScan scan = new RescreeningScan();
    private UUID cubaCase;

    @BeforeEach
    void wire() {
        RescreeningDeltas deltas = new RescreeningDeltas();
        deltas.activeLists = casework.lists;
        rescreening.rescreenings = runs;
        rescreening.deltas = deltas;
        rescreening.jobs = id -> 1L;
        rescreening.auditTrail = casework.trail;
        rescreening.clock = casework.clock;
        CaseChanges changes = new CaseChanges();
        changes.cases = casework.cases;
        changes.auditTrail = casework.trail;
        progress.rescreenings = runs;
        progress.deltas = deltas;
        progress.screening = casework.screening;
        progress.cases = casework.cases;
        progress.caseChanges = changes;
        progress.auditTrail = casework.trail;
        progress.clock = casework.clock;
        scan.screenings = casework.screenings;
        scan.rescreenings = runs;
        scan.progress = progress;
        scan.deltas = deltas;
        scan.ownership = casework.ownership;
        scan.activeLists = casework.lists;

        screen(ADDED, "CUST-1");
        screen(ADDED, "CUST-1");
        screen("Harriet Pemberton-Ashworth", "CUST-2");
        cubaCase = screen("BANCO NACIONAL DE CUBA", "CUST-3");
    }

    @Test
    void onlyThePartyThatCouldMatchTheAddedEntryIsRescreenedAndTheRemovedEntrysCaseIsNoted() {
        Rescreening run = putInForce(newVersion());

        assertThat(scan.scan(run.id(), () -> false)).isTrue();
        assertThat(run.partiesScanned()).as("the party screened twice is read once").isEqualTo(3);
        assertThat(run.candidates()).isEqualTo(1);
        assertThat(run.casesNoted()).isEqualTo(1);
        assertThat(runs.items.values()).extracting(i -> i.party().name()).containsExactly(ADDED);
        assertThat(casework.cases.stored.get(new io.interdict.casework.domain.model.cases.CaseId(cubaCase))
                .comments()).anySatisfy(c -> assertThat(c.text())
                .contains("us-ofac-sdn:306 is no longer listed in version 2026-12-01"));
        assertThat(casework.actionsAbout(cubaCase)).contains("CASE_ENTRY_DELISTED");

        rescreenAll(run);

        assertThat(run.status()).isEqualTo(RescreeningStatus.COMPLETED);
        assertThat(run.casesOpened()).isEqualTo(1);
        ScreeningCase opened = casework.cases.stored.values().stream()
                .filter(c -> c.party().name().equals(ADDED)).findFirst().orElseThrow();
        assertThat(opened.alerts()).extracting(a -> a.entry().entryId()).containsExactly("99000001");
        assertThat(opened.party().reference()).hasValue("CUST-1");
        assertThat(casework.actionsAbout(run.id())).containsExactly("RESCREENING_STARTED", "RESCREENING_SCANNED",
                "RESCREENING_COMPLETED");
    }

    @Test
    void aChunkScreenedAgainAfterACrashOpensNoSecondCase() {
        Rescreening run = putInForce(newVersion());
        scan.scan(run.id(), () -> false);
        RescreeningItem item = runs.items.values().iterator().next();
        progress.screen(item.id());
        int casesBefore = casework.cases.stored.size();

        RescreeningProgress.ItemResult again = progress.screen(item.id());

        assertThat(again.caseOpened()).isTrue();
        assertThat(casework.cases.stored).as("the idempotency key answers from the stored screening")
                .hasSize(casesBefore);
    }

    @Test
    void aRunWhoseJobFailedIsTakenUpAgainAtTheNextStartWhereItStood() {
        Rescreening run = putInForce(newVersion());
        progress.takenUp(run.id(), 1);
        scan.scan(run.id(), () -> false);
        progress.ended(run.id(), true, "job execution 1 ended FAILED (the server was stopping)");
        assertThat(run.status()).isEqualTo(RescreeningStatus.FAILED);

        assertThat(rescreening.leftBehind()).containsExactly(run.id());
        progress.takenUp(run.id(), 2);

        assertThat(run.status()).as("the scan was done: re-screening again").isEqualTo(RescreeningStatus.SCREENING);
        rescreenAll(run);
        assertThat(run.status()).isEqualTo(RescreeningStatus.COMPLETED);
        assertThat(casework.actionsAbout(run.id())).containsExactly("RESCREENING_STARTED", "RESCREENING_SCANNED",
                "RESCREENING_FAILED", "RESCREENING_RESUMED", "RESCREENING_COMPLETED");
        assertThat(rescreening.leftBehind()).isEmpty();
    }

    @Test
    void aCustomerOwnedHalfByAnAddedEntryIsRescreenedAndHitsByOwnership() {
        casework.ownership.load(List.of(new io.interdict.screening.domain.ownership.OwnershipLink("us-ofac-sdn:99000001",
                "CUST-OWNED", new java.math.BigDecimal("50"))), "0".repeat(64), "admin");
        screen("Plain Harbour Logistics", "CUST-OWNED");
        Rescreening run = putInForce(newVersion());

        scan.scan(run.id(), () -> false);
        rescreenAll(run);

        assertThat(runs.items.values()).extracting(i -> i.party().name()).contains("Plain Harbour Logistics");
        ScreeningCase opened = casework.cases.stored.values().stream()
                .filter(c -> c.party().name().equals("Plain Harbour Logistics")).findFirst().orElseThrow();
        assertThat(opened.alerts()).extracting(a -> a.entry().entryId()).containsExactly("99000001");
        assertThat(opened.alerts().get(0).reasons().orElseThrow().explanation())
                .contains("us-ofac-sdn:99000001 (listed) → 50 % of CUST-OWNED");
    }

    @Test
    void aPartyOfAnEntryOnlyKeptIsNotRescreened() {
        Rescreening run = putInForce(versionWith(List.of(entry("9214", InMemoryCasework.KOMID, "DPRK"),
                entry("306", "BANCO NACIONAL DE CUBA", "CUBA"))));

        scan.scan(run.id(), () -> false);
        rescreenAll(run);

        assertThat(run.candidates()).isZero();
        assertThat(run.status()).isEqualTo(RescreeningStatus.COMPLETED);
    }

    private void rescreenAll(Rescreening run) {
        List<RescreeningProgress.ItemResult> results = new ArrayList<>();
        for (RescreeningRepository.PendingItem pending : runs.pendingItemsAfter(run.id(), -1, 100)) {
            results.add(progress.screen(pending.id()));
        }
        progress.chunkScreened(run.id(), results);
        progress.ended(run.id(), false, "ended");
    }

    private Rescreening putInForce(SanctionsList version) {
        SanctionsList before = casework.lists.inForce().list(ListSource.US_OFAC_SDN).orElseThrow();
        ListDiff diff = version.diffAgainst(before);
        casework.lists.replace(version).apply();
        StoredListVersion stored = new StoredListVersion(ListVersionId.generate(), version, ListVersionOrigin.UPLOAD,
                Optional.empty(), List.of(), "admin", NOW);
        return rescreening.begin(stored, Optional.empty(), diff, "admin");
    }

    /** KOMID kept, BANCO NACIONAL DE CUBA removed, ZORBANIAN added. */
    private static SanctionsList newVersion() {
        return versionWith(List.of(entry("9214", InMemoryCasework.KOMID, "DPRK"), entry("99000001", ADDED, "DPRK3")));
    }

    private static SanctionsList versionWith(List<ListEntry> entries) {
        return new SanctionsList(new ListVersion(ListSource.US_OFAC_SDN, "2026-12-01", Optional.empty(),
                "1".repeat(64), List.of("sdn.csv")), entries);
    }

    private static ListEntry entry(String id, String name, String programme) {
        return ListEntry.builder(ListSource.US_OFAC_SDN, id, EntityType.ENTITY).name(EntryName.primary(name))
                .programme(programme).build();
    }

    private UUID screen(String name, String reference) {
        return casework.screening.screen(new ScreeningCommand(name, Optional.of(EntityType.ENTITY), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(reference), List.of()), "service", Optional.empty())
                .result().caseId();
    }

    /** Runs and items in memory. */
    private static final class Runs implements RescreeningRepository {
        final Map<RescreeningId, Rescreening> stored = new LinkedHashMap<>();
        final Map<UUID, RescreeningItem> items = new LinkedHashMap<>();

        @Override
        public void store(Rescreening rescreening) {
            stored.put(rescreening.id(), rescreening);
        }

        @Override
        public Optional<Rescreening> find(RescreeningId id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public Optional<Rescreening> latestFor(ListVersionId version) {
            return stored.values().stream().filter(r -> r.versionId().equals(version))
                    .max(Comparator.comparing(Rescreening::startedAt));
        }

        @Override
        public List<Rescreening> resumable() {
            return stored.values().stream().filter(r -> r.status().resumable()).toList();
        }

        @Override
        public Set<String> partyKeys(RescreeningId id) {
            return itemsOf(id).map(RescreeningItem::partyKey).collect(Collectors.toSet());
        }

        @Override
        public void add(RescreeningItem item) {
            items.put(item.id(), item);
        }

        @Override
        public Optional<RescreeningItem> item(UUID itemId) {
            return Optional.ofNullable(items.get(itemId));
        }

        @Override
        public List<PendingItem> pendingItemsAfter(RescreeningId id, int position, int limit) {
            return itemsOf(id).filter(i -> i.status() == RescreeningItemStatus.PENDING && i.position() > position)
                    .sorted(Comparator.comparingInt(RescreeningItem::position)).limit(limit)
                    .map(i -> new PendingItem(i.id(), i.position())).toList();
        }

        @Override
        public long pendingItems(RescreeningId id) {
            return itemsOf(id).filter(i -> i.status() == RescreeningItemStatus.PENDING).count();
        }

        @Override
        public long items(RescreeningId id) {
            return itemsOf(id).count();
        }

        private java.util.stream.Stream<RescreeningItem> itemsOf(RescreeningId id) {
            return items.values().stream().filter(i -> i.rescreeningId().equals(id));
        }
    }
}
