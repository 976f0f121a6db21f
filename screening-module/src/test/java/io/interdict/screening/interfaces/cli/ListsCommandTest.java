package io.interdict.screening.interfaces.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.screening.infrastructure.lists.RealLists;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code lists inspect} and {@code lists diff} run exactly as {@code bin/interdict} runs them. */
class ListsCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = InterdictCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void inspectDescribesTheChosenVersionsAndTheSkippedOnes() {
        int exit = run("lists", "inspect", RealLists.directory().toString());
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("us-ofac-sdn  OFAC Specially Designated Nationals (SDN) List")
                .contains("version      2023-12-28")
                .contains("entries      13,821")
                .contains("version      2025-12-19_csv")
                .contains("published    2026-02-27")
                .contains("entries      1,003 (individual 730, entity 273)")
                .contains("entries      4,686")
                .contains("2026-06-02_partial skipped: incomplete OFAC CSV set: missing sdn.csv")
                .contains("2024-05-03 skipped")
                .containsPattern("sha256       [0-9a-f]{64}")
                .containsPattern("weak aliases [0-9,]+\\)");
    }

    @Test
    void inspectOfAMissingDirectoryExitsWithTwo(@TempDir Path dir) {
        assertThat(run("lists", "inspect", dir.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("does not exist");
    }

    @Test
    void inspectOfAMalformedListExitsWithTwoNamingFileAndPosition(@TempDir Path dir) throws IOException {
        Path un = Files.createDirectories(dir.resolve("un_sc_consolidated"));
        Files.writeString(un.resolve("UN_consolidated.xml"), "<CONSOLIDATED_LIST dateGenerated=\"2026-02-27T00:00:00Z\"><INDIVIDUALS>");
        assertThat(run("lists", "inspect", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("UN_consolidated.xml line ").contains("not well-formed XML");
    }

    /**
     * A newer SDN set made from the real one: KOMID's weak alias changes, one entry is removed (its rows go from
     * all four files), and a new entry is added.
     */
    @Test
    void diffShowsAddedRemovedAndChangedEntries(@TempDir Path dir) throws IOException {
        Path old = RealLists.resolve("ofac_sdn/2023-12-28");
        Path newer = Files.createDirectories(dir.resolve("ofac_sdn/2099-01-01"));
        for (String file : List.of("add.csv", "alt.csv", "sdn_comments.csv")) {
            Files.writeString(newer.resolve(file), withoutEntry(Files.readString(old.resolve(file)), "36"));
        }
        String sdn = withoutEntry(Files.readString(old.resolve("sdn.csv")), "36")
                .replace("a.k.a. 'KOMID'.", "a.k.a. 'KOMID'; a.k.a. 'KMDTC'.");
        String added = "99999,\"NEW TRADING CO\",-0- ,\"DPRK3\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
        Files.writeString(newer.resolve("sdn.csv"), sdn.replace("\u001a", "") + added + "\u001a");
        Files.writeString(newer.resolve("add.csv"), Files.readString(newer.resolve("add.csv")).replace("\u001a", "")
                + "99999,1,-0- ,\"Pyongyang\",\"Korea, North\",-0- \r\n\u001a");

        int exit = run("lists", "diff", old.toString(), newer.toString(), "--show", "5");
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("us-ofac-sdn: 2023-12-28")
                .contains("-> 2099-01-01")
                .contains("added 1, removed 1, changed 1")
                .contains("+ 99999 NEW TRADING CO [entity; DPRK3]")
                .contains("- 36 AEROCARIBBEAN AIRLINES")
                .contains("~ 9345 KOREA MINING DEVELOPMENT TRADING CORPORATION")
                .contains("names +[KMDTC (weak)]")
                .contains("remarks changed");
    }

    /**
     * Two lists directories, as a publisher's daily download leaves them: the newest complete version of each list
     * in one against the other's; a list in one directory only is named, not compared.
     */
    @Test
    void diffOfTwoListsDirectoriesComparesEachListsNewestCompleteVersion(@TempDir Path dir) throws IOException {
        Path yesterday = Files.createDirectories(dir.resolve("yesterday/ofac_sdn"));
        Files.createSymbolicLink(yesterday.resolve("2023-12-28"), RealLists.resolve("ofac_sdn/2023-12-28"));
        Path today = Files.createDirectories(dir.resolve("today/ofac_sdn/2099-01-01"));
        Path old = RealLists.resolve("ofac_sdn/2023-12-28");
        for (String file : List.of("add.csv", "alt.csv", "sdn_comments.csv")) {
            Files.writeString(today.resolve(file), withoutEntry(Files.readString(old.resolve(file)), "36"));
        }
        Files.writeString(today.resolve("sdn.csv"), withoutEntry(Files.readString(old.resolve("sdn.csv")), "36"));
        // an incomplete newer download is passed over, as the server passes it over
        Files.createDirectories(dir.resolve("today/ofac_sdn/2099-02-01"));
        Files.writeString(dir.resolve("today/ofac_sdn/2099-02-01/sdn.csv"), "");
        Files.createSymbolicLink(Files.createDirectories(dir.resolve("today/un_sc_consolidated"))
                .resolve("UN_consolidated.xml"), RealLists.resolve("un_sc_consolidated/UN_consolidated.xml"));

        int exit = run("lists", "diff", dir.resolve("yesterday").toString(), dir.resolve("today").toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("us-ofac-sdn: 2023-12-28")
                .contains("-> 2099-01-01")
                .contains("added 0, removed 1, changed 0")
                .contains("- 36 AEROCARIBBEAN AIRLINES")
                .contains("un-sc: only in NEW (UN_consolidated.xml)");
    }

    @Test
    void diffOfTwoListsDirectoriesWithNoListInCommonExitsWithTwo(@TempDir Path dir) throws IOException {
        Files.createSymbolicLink(Files.createDirectories(dir.resolve("a/ofac_sdn")).resolve("2023-12-28"),
                RealLists.resolve("ofac_sdn/2023-12-28"));
        Files.createSymbolicLink(Files.createDirectories(dir.resolve("b/un_sc_consolidated"))
                .resolve("UN_consolidated.xml"), RealLists.resolve("un_sc_consolidated/UN_consolidated.xml"));

        int exit = run("lists", "diff", dir.resolve("a").toString(), dir.resolve("b").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("no list with a complete version in both");
    }

    @Test
    void diffOfTwoDifferentListsExitsWithTwo() {
        int exit = run("lists", "diff", RealLists.resolve("ofac_sdn/2023-12-28").toString(),
                RealLists.resolve("un_sc_consolidated/UN_consolidated.xml").toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("OLD is a version of us-ofac-sdn but NEW of un-sc");
    }

    @Test
    void diffOfAnIncompleteVersionExitsWithTwo() {
        int exit = run("lists", "diff", RealLists.resolve("ofac_sdn/2023-12-28").toString(),
                RealLists.resolve("ofac_sdn/2024-05-03").toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("missing add.csv, alt.csv, sdn_comments.csv");
    }

    private static String withoutEntry(String file, String entNum) {
        return file.lines().filter(l -> !l.startsWith(entNum + ",")).collect(Collectors.joining("\r\n", "", "\r\n"))
                .replace("\r\n\u001a\r\n", "\r\n\u001a");
    }
}
