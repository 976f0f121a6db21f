package io.interdict.casework.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.casework.domain.model.lists.ListEntryChange;
import io.interdict.casework.domain.model.lists.ListVersionId;
import io.interdict.casework.domain.model.lists.ListVersionLog;
import io.interdict.casework.domain.model.lists.ListVersionOrigin;
import io.interdict.casework.domain.model.lists.StoredListVersion;
import io.interdict.screening.domain.matching.ScreeningQuery;
import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.EntryName;
import io.interdict.screening.domain.model.entry.ListEntry;
import io.interdict.screening.domain.model.list.ListVersion;
import io.interdict.screening.domain.model.list.SanctionsList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A node follows the version log: an activation made on another node (the log's version in force differs from the
 * one this node screens with) is put in force here; when they agree nothing happens.
 */
class ListVersionFollowingTest {

    private final InMemoryCasework.Lists lists = new InMemoryCasework.Lists();
    private final Map<ListSource, StoredListVersion> logInForce = new HashMap<>();
    private final Map<ListVersionId, SanctionsList> stored = new HashMap<>();
    private final ListOperations operations = new ListOperations();

    ListVersionFollowingTest() {
        operations.activeLists = lists;
        operations.log = new Log();
        operations.archive = new ListVersionArchive() {
            @Override
            public SanctionsList read(ListSource source, String label, byte[] zip) {
                return stored.values().stream()
                        .filter(list -> list.source() == source && list.version().label().equals(label)).findFirst()
                        .orElseThrow();
            }

            @Override
            public byte[] pack(java.nio.file.Path location) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void aVersionPutInForceOnAnotherNodeIsPutInForceHere() {
        SanctionsList newer = sdn("2026-12-07", "1".repeat(64), "KOREA KWANGSON BANKING CORP");
        logInForce.put(ListSource.US_OFAC_SDN, store(newer));

        List<StoredListVersion> followed = operations.followLog();

        assertThat(followed).extracting(StoredListVersion::label).containsExactly("2026-12-07");
        assertThat(lists.versions().get(ListSource.US_OFAC_SDN).label()).isEqualTo("2026-12-07");
        assertThat(lists.screener().screen(query("Korea Kwangson Banking Corp"), 5, 0.8)).isNotEmpty();
        assertThat(operations.followLog()).as("the next round finds the node up to date").isEmpty();
    }

    @Test
    void aNodeThatScreensWithTheLogsVersionsDoesNothing() {
        ListVersion here = lists.versions().get(ListSource.US_OFAC_SDN);
        logInForce.put(ListSource.US_OFAC_SDN, store(sdn(here.label(), here.sha256(), "BANCO NACIONAL DE CUBA")));

        assertThat(operations.followLog()).isEmpty();
        assertThat(lists.versions().get(ListSource.US_OFAC_SDN)).isSameAs(here);
    }

    private StoredListVersion store(SanctionsList list) {
        StoredListVersion version = new StoredListVersion(ListVersionId.generate(), list, ListVersionOrigin.UPLOAD,
                Optional.empty(), List.of(), "admin", InMemoryCasework.NOW);
        stored.put(version.id(), list);
        return version;
    }

    private static SanctionsList sdn(String label, String sha256, String name) {
        ListVersion version = new ListVersion(ListSource.US_OFAC_SDN, label, Optional.empty(), sha256,
                List.of("sdn.csv"));
        return new SanctionsList(version, List.of(ListEntry.builder(ListSource.US_OFAC_SDN, "9999", EntityType.ENTITY)
                .name(EntryName.primary(name)).programme("DPRK").build()));
    }

    private static ScreeningQuery query(String name) {
        return ScreeningQuery.ofName(name);
    }

    /** The shared version log, as far as following it reads it. */
    private final class Log implements ListVersionLog {
        @Override
        public Optional<StoredListVersion> inForce(ListSource source) {
            return Optional.ofNullable(logInForce.get(source));
        }

        @Override
        public byte[] zip(ListVersionId id) {
            return new byte[0];
        }

        @Override
        public void store(StoredListVersion version, byte[] zip, List<ListEntryChange> changes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<StoredListVersion> find(ListVersionId id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<StoredListVersion> of(ListSource source) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<StoredListVersion> withContent(ListSource source, String sha256) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ListEntryChange> changes(ListVersionId id) {
            throw new UnsupportedOperationException();
        }
    }
}
