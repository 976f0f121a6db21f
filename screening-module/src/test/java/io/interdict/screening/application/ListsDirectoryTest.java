package io.interdict.screening.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.list.ListFormatException;
import io.interdict.screening.domain.model.list.SanctionsList;
import io.interdict.screening.infrastructure.lists.ListFormats;
import io.interdict.screening.infrastructure.lists.RealLists;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListsDirectoryTest {

    private final ListsDirectory directory = new ListsDirectory(ListFormats.all());

    @Test
    void picksTheNewestCompleteVersionOfEachList() {
        ListsDirectory.Selection selection = directory.select(RealLists.directory());
        assertThat(selection.chosen()).anySatisfy(c -> {
            assertThat(c.source()).isEqualTo(ListSource.US_OFAC_SDN);
            assertThat(c.location().getFileName()).hasToString("2023-12-28");
        });
        assertThat(selection.chosen()).anySatisfy(c -> {
            assertThat(c.source()).isEqualTo(ListSource.US_OFAC_CONS);
            assertThat(c.location().getFileName()).hasToString("2025-12-19_csv");
        });
        assertThat(selection.skipped()).anySatisfy(m -> assertThat(m)
                .contains("ofac_sdn/2026-06-02_partial skipped").contains("missing sdn.csv, sdn_comments.csv"));
        assertThat(selection.skipped()).anySatisfy(m -> assertThat(m)
                .contains("ofac_sdn/2024-05-03 skipped").contains("missing add.csv, alt.csv, sdn_comments.csv"));
    }

    @Test
    void loadsTheEvaluationListsWithVersionData() {
        ListsDirectory.LoadedLists loaded = directory.load(RealLists.directory());
        SanctionsList sdn = loaded.list(ListSource.US_OFAC_SDN).orElseThrow();
        assertThat(sdn.size()).isEqualTo(13_821);
        assertThat(sdn.version().label()).isEqualTo("2023-12-28");
        assertThat(loaded.list(ListSource.US_OFAC_CONS).orElseThrow().size()).isEqualTo(442);
        SanctionsList un = loaded.list(ListSource.UN_SC).orElseThrow();
        assertThat(un.size()).isEqualTo(1_003);
        assertThat(un.version().publishDate()).isPresent();
        assertThat(loaded.loads()).allSatisfy(l -> assertThat(l.list().version().sha256()).matches("[0-9a-f]{64}"));
    }

    @Test
    void aFolderWithOnlyPartOfTheSetIsSkippedWithTheReason(@TempDir Path lists) throws IOException {
        Path partial = Files.createDirectories(lists.resolve("ofac_sdn/2026-06-02_partial"));
        Files.writeString(partial.resolve("add.csv"), "1,1,-0- ,-0- ,\"Cuba\",-0- \r\n\u001a");
        Files.writeString(partial.resolve("alt.csv"), "1,1,\"aka\",\"X\",-0- \r\n\u001a");
        ListsDirectory.LoadedLists loaded = directory.load(lists);
        assertThat(loaded.lists()).isEmpty();
        assertThat(loaded.skipped()).anySatisfy(m -> assertThat(m).contains("2026-06-02_partial skipped")
                .contains("incomplete OFAC CSV set: missing sdn.csv, sdn_comments.csv"));
        assertThat(loaded.skipped()).anySatisfy(m -> assertThat(m).contains("us-ofac-sdn").contains("no complete version"));
        assertThat(loaded.skipped()).anySatisfy(m -> assertThat(m).contains("no folder un_sc_consolidated/"));
    }

    @Test
    void singleFileListsMayAlsoComeInDatedFolders(@TempDir Path lists) throws IOException {
        Path un = lists.resolve("un_sc_consolidated");
        for (String date : new String[] {"2026-01-01", "2026-03-01"}) {
            Files.createDirectories(un.resolve(date));
            Files.writeString(un.resolve(date).resolve("consolidated.xml"), "<CONSOLIDATED_LIST dateGenerated=\""
                    + date + "T00:00:00Z\"><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>RI</FIRST_NAME><SECOND_NAME>WON HO"
                    + "</SECOND_NAME><UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>KPi.001</REFERENCE_NUMBER>"
                    + "</INDIVIDUAL></INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>");
        }
        Files.writeString(un.resolve("notes.txt"), "not a list");
        ListsDirectory.LoadedLists loaded = directory.load(lists);
        SanctionsList list = loaded.list(ListSource.UN_SC).orElseThrow();
        assertThat(list.version().label()).isEqualTo("2026-03-01");
        assertThat(list.version().publishDate()).hasValueSatisfying(d -> assertThat(d).hasToString("2026-03-01"));
        // only versions newer than the chosen one are reported; older ones and stray files are simply not read
        assertThat(loaded.skipped()).noneSatisfy(m -> assertThat(m).startsWith("un-sc"));
    }

    @Test
    void aMalformedNewestVersionFailsTheLoad(@TempDir Path lists) throws IOException {
        Path un = Files.createDirectories(lists.resolve("un_sc_consolidated"));
        Files.writeString(un.resolve("UN_consolidated.xml"), "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>");
        assertThatThrownBy(() -> directory.load(lists)).isInstanceOf(ListFormatException.class)
                .hasMessageContaining("UN_consolidated.xml");
    }

    @Test
    void aMissingDirectoryIsRefused(@TempDir Path lists) {
        assertThatThrownBy(() -> directory.load(lists.resolve("nowhere"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not exist");
    }
}
