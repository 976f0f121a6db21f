package io.interdict.screening.interfaces.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.interdict.screening.infrastructure.lists.RealLists;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code lists fetch} against a publisher played by a local HTTP server (loopback only) serving the real files: a
 * new version lands in a dated folder only once it reads in full, the same files again are not kept twice, and a
 * file cut short or a missing one leaves nothing behind and says why.
 */
class ListsFetchCommandTest {

    private static final List<String> SDN_FILES = List.of("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Map<String, byte[]> published = new ConcurrentHashMap<>();
    private HttpServer publisher;

    @TempDir
    Path work;

    @BeforeEach
    void publish() throws IOException {
        for (String file : SDN_FILES) {
            published.put("/ofac/" + file.toUpperCase(), Files.readAllBytes(RealLists.resolve("ofac_sdn/2023-12-28/" + file)));
        }
        published.put("/un/consolidated.xml", Files.readAllBytes(RealLists.resolve("un_sc_consolidated/UN_consolidated.xml")));
        publisher = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        publisher.createContext("/", exchange -> {
            byte[] body = published.get(exchange.getRequestURI().getPath());
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) {
                try (OutputStream response = exchange.getResponseBody()) {
                    response.write(body);
                }
            }
            exchange.close();
        });
        publisher.start();
        String base = "http://127.0.0.1:" + publisher.getAddress().getPort();
        StringBuilder addresses = new StringBuilder();
        SDN_FILES.forEach(f -> addresses.append("us-ofac-sdn.").append(f).append('=').append(base).append("/ofac/")
                .append(f.toUpperCase()).append('\n'));
        addresses.append("un-sc.consolidated.xml=").append(base).append("/un/consolidated.xml\n");
        Files.writeString(work.resolve("publishers.properties"), addresses);
    }

    @AfterEach
    void stop() {
        publisher.stop(0);
    }

    private int fetch(String asOf) {
        CommandLine cli = InterdictCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute("lists", "fetch", work.resolve("lists").toString(), "--list", "us-ofac-sdn", "--list",
                "un-sc", "--publishers", work.resolve("publishers.properties").toString(), "--as-of", asOf);
    }

    @Test
    void aPublishedVersionLandsInADatedFolderAndTheSameFilesAreNotKeptTwice() throws IOException {
        assertThat(fetch("2026-12-07")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("us-ofac-sdn: fetched ofac_sdn/2026-12-07, 13,821 entries")
                .contains("un-sc: fetched un_sc_consolidated/2026-12-07, 1,003 entries");
        assertThat(Files.readAllBytes(work.resolve("lists/ofac_sdn/2026-12-07/sdn.csv")))
                .isEqualTo(published.get("/ofac/SDN.CSV"));

        assertThat(fetch("2026-12-08")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("us-ofac-sdn: unchanged, the same files as ofac_sdn/2026-12-07");
        assertThat(children("lists/ofac_sdn")).containsExactly("2026-12-07");

        published.put("/un/consolidated.xml", new String(published.get("/un/consolidated.xml"))
                .replace("dateGenerated=\"2026-02-27", "dateGenerated=\"2026-02-28").getBytes());
        assertThat(fetch("2026-12-07")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("un-sc: fetched un_sc_consolidated/2026-12-07_2");
        assertThat(InterdictCommand.commandLine().execute("lists", "inspect",
                work.resolve("lists").toString())).as("the fetched directory loads as a lists directory").isZero();
    }

    @Test
    void aFileCutShortOrMissingLeavesNothingBehindAndSaysWhy() throws IOException {
        byte[] sdn = published.get("/ofac/SDN.CSV");
        published.put("/ofac/SDN.CSV", Arrays.copyOf(sdn, sdn.length / 2));
        published.remove("/un/consolidated.xml");

        assertThat(fetch("2026-12-07")).isEqualTo(2);

        assertThat(err.toString()).contains("us-ofac-sdn refused, nothing stored: sdn.csv")
                .contains("un-sc refused, nothing stored: download failed: HTTP 404");
        assertThat(err.toString()).doesNotContain(".fetching-");
        assertThat(children("lists/ofac_sdn")).isEmpty();
        assertThat(children("lists/un_sc_consolidated")).isEmpty();
    }

    @Test
    void aPublishersFileWithAnAddressThatIsNoneIsRefusedBeforeAnything() throws IOException {
        Files.writeString(work.resolve("publishers.properties"), "us-ofac-sdn.sdn.csv=ftp://example.org/sdn.csv\n");
        assertThat(fetch("2026-12-07")).isEqualTo(2);
        assertThat(err.toString()).contains("us-ofac-sdn.sdn.csv: 'ftp://example.org/sdn.csv' is not an http or https address");
    }

    /** The names in the folder, hidden ones included (a download left behind would show). */
    private List<String> children(String folder) throws IOException {
        Path path = work.resolve(folder);
        if (!Files.isDirectory(path)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
