package io.interdict.screening.infrastructure.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.screening.domain.model.list.ListFormatException;
import io.interdict.screening.domain.model.list.SanctionsList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-written OFAC CSV sets in the official layout (no header, -0- nulls, CRLF, 0x1A at the end), good and bad. */
class OfacCsvSetErrorsTest {

    private static final String EOF = "\u001a";
    private static final String SDN = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
            + "306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"a.k.a. 'BNC'.\"\r\n"
            + "18848,\"KIM, Kwang Hyok\",\"individual\",\"DPRK2\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 20 Apr 1970; nationality Korea, North; a.k.a. 'KIM"
            + "\"\r\n";
    private static final String ADD = "36,25,-0- ,\"Havana\",\"Cuba\",-0- \r\n306,199,\"Zweierstrasse 35\",\"Zurich CH-8022\",\"Switzerland\",-0- \r\n";
    private static final String ALT = "36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \r\n306,220,\"aka\",\"NATIONAL BANK OF CUBA\",-0- \r\n";
    private static final String COMMENTS = "18848,\"O'S'; Linked To: KOREA MINING DEVELOPMENT TRADING CORPORATION.\"\n";

    @TempDir
    Path folder;

    private void write(String sdn, String add, String alt, String comments) throws IOException {
        Files.writeString(folder.resolve("sdn.csv"), sdn + EOF);
        Files.writeString(folder.resolve("add.csv"), add + EOF);
        Files.writeString(folder.resolve("alt.csv"), alt + EOF);
        Files.writeString(folder.resolve("sdn_comments.csv"), comments + EOF);
    }

    private ListFormatException failure() {
        return (ListFormatException) org.assertj.core.api.Assertions.catchThrowable(() -> OfacCsvSetReader.sdn().read(folder));
    }

    @Test
    void aWellFormedSetReads() throws IOException {
        write(SDN, ADD, ALT, COMMENTS);
        SanctionsList list = OfacCsvSetReader.sdn().read(folder);
        assertThat(list.size()).isEqualTo(3);
        assertThat(list.entry("18848").orElseThrow().weakAliases()).extracting(n -> n.text()).containsExactly("KIMO'S");
        assertThat(list.entry("18848").orElseThrow().linkedTo()).containsExactly("KOREA MINING DEVELOPMENT TRADING CORPORATION");
    }

    @Test
    void aFileWithoutItsEndMarkWasCutShort() throws IOException {
        write(SDN, ADD, ALT, COMMENTS);
        Files.writeString(folder.resolve("alt.csv"), "36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \r\n");
        ListFormatException e = failure();
        assertThat(e.file()).isEqualTo("alt.csv");
        assertThat(e.reason()).contains("cut short");
    }

    @Test
    void aTruncatedQuotedFieldNamesItsLine() throws IOException {
        write(SDN + "19531,\"KIM, Song Ch", ADD, ALT, COMMENTS);
        ListFormatException e = failure();
        assertThat(e.file()).isEqualTo("sdn.csv");
        assertThat(e.position()).isEqualTo("line 4");
        assertThat(e.reason()).contains("never closed");
    }

    @Test
    void aWrongColumnCountNamesItsLine() throws IOException {
        write(SDN, ADD + "36,26,\"Calle 1\",\"Havana\"\r\n", ALT, COMMENTS);
        ListFormatException e = failure();
        assertThat(e.file()).isEqualTo("add.csv");
        assertThat(e.position()).isEqualTo("line 3");
        assertThat(e.reason()).isEqualTo("expected 6 fields, found 4");
    }

    @Test
    void aBadDateNamesLineAndColumn() throws IOException {
        write(SDN.replace("DOB 20 Apr 1970", "DOB 31 Feb 1970"), ADD, ALT, COMMENTS);
        ListFormatException e = failure();
        assertThat(e.position()).isEqualTo("line 3, column 12");
        assertThat(e.reason()).contains("DOB 31 Feb 1970").contains("no such date");
    }

    @Test
    void aByteThatIsNotUtf8IsRefusedWhereItIs() throws IOException {
        write(SDN, ADD, ALT, COMMENTS);
        byte[] latin1 = ("36,25,-0- ,\"La Habana\",\"Cuba\",-0- \r\n306,199,\"Z\u00fcrich\",-0- ,\"Switzerland\",-0- \r\n" + EOF)
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(folder.resolve("add.csv"), latin1);
        ListFormatException e = failure();
        assertThat(e.file()).isEqualTo("add.csv");
        assertThat(e.position()).isEqualTo("line 2, column 11");
        assertThat(e.reason()).contains("0xFC").contains("not valid UTF-8");
    }

    @Test
    void aRowForAnUnknownEntryMeansTheFilesAreNotOnePublication() throws IOException {
        write(SDN, ADD, ALT + "99999,1,\"aka\",\"GHOST\",-0- \r\n", COMMENTS);
        ListFormatException e = failure();
        assertThat(e.file()).isEqualTo("alt.csv");
        assertThat(e.reason()).contains("99999").contains("not one publication");
    }

    @Test
    void aNonNumericEntNumIsRefused() throws IOException {
        write(SDN.replace("36,\"AERO", "X36,\"AERO"), ADD, ALT, COMMENTS);
        assertThat(failure().reason()).contains("ent_num 'X36' is not a number");
    }

    @Test
    void anIncompleteFolderIsRefusedBeforeReading() throws IOException {
        Files.writeString(folder.resolve("add.csv"), ADD + EOF);
        Files.writeString(folder.resolve("alt.csv"), ALT + EOF);
        assertThat(OfacCsvSetReader.sdn().recognises(folder)).isTrue();
        assertThat(OfacCsvSetReader.sdn().incompleteness(folder)).hasValueSatisfying(reason ->
                assertThat(reason).contains("missing sdn.csv, sdn_comments.csv"));
        assertThatThrownBy(() -> OfacCsvSetReader.sdn().read(folder)).isInstanceOf(ListFormatException.class)
                .hasMessageContaining("incomplete OFAC CSV set");
    }
}
