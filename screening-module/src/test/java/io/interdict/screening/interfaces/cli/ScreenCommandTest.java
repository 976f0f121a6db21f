package io.interdict.screening.interfaces.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code interdict screen} on the real lists, exactly as bin/interdict runs it. */
class ScreenCommandTest {

    @TempDir
    Path dir;

    private static String listsDir() {
        String lists = System.getProperty("interdict.lists.dir");
        if (lists == null || !Files.isDirectory(Path.of(lists))) {
            fail("this test needs the sanctions lists: system property interdict.lists.dir = " + lists
                    + " is not a directory (Maven's surefire sets it to ../shared/data/lists)");
        }
        return lists;
    }

    @Test
    void screensAFileToTheBatchContractAndReportsBadRows() throws Exception {
        Path input = dir.resolve("q.csv");
        Path output = dir.resolve("r.csv");
        Files.writeString(input, "id,name,type,country,dob\n"
                + "a1,\"KIM, Jong Un\",individual,KP,1984\n"
                + "a2,\"broken\"row,,,\n"
                + "a3,Korea Ryonbong General Corporation,entity,,\n"
                + "a4,Zzyzx Qwertyuiop,,,\n", StandardCharsets.UTF_8);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = InterdictCommand.commandLine().execute("screen", "--lists", listsDir(), "--input", input.toString(),
                    "--output", output.toString(), "--top", "3", "--min-score", "0.8");
        } finally {
            System.setErr(saved);
        }
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(stderr).contains("line 3: text after a closing quote; row skipped");
        assertThat(stderr).contains("rows read 4, skipped 1, screened 3");
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("id,source,source_id,matched_name,score");
        assertThat(lines).anyMatch(l -> l.startsWith("a1,us-ofac-sdn,") && l.contains("KIM, Jong Un"));
        assertThat(lines).anyMatch(l -> l.startsWith("a3,un-sc,KPe.")); // Ryonbong is KPe.029 on the UN list
        assertThat(lines).noneMatch(l -> l.startsWith("a4,"));
        assertThat(lines.stream().filter(l -> l.startsWith("a1,"))).hasSizeLessThanOrEqualTo(3);
        for (String line : lines.subList(1, lines.size())) {
            double score = Double.parseDouble(line.substring(line.lastIndexOf(',') + 1));
            assertThat(score).isBetween(0.8, 1.0);
        }
        assertThat(lines.subList(1, lines.size()).stream().map(l -> l.split(",")[0] + l.split(",")[1] + l.split(",")[2]))
                .doesNotHaveDuplicates();
    }

    @Test
    void aMissingListsDirectoryIsAnError() throws Exception {
        Path input = dir.resolve("q.csv");
        Files.writeString(input, "id,name,type,country,dob\nq1,X,,,\n");
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = InterdictCommand.commandLine().execute("screen", "--lists", dir.resolve("none").toString(),
                    "--input", input.toString(), "--output", dir.resolve("r.csv").toString());
        } finally {
            System.setErr(saved);
        }
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("error:");
    }
}
