package io.interdict.casework;

import static io.interdict.casework.CaseworkApi.awaitAllSealed;
import static io.interdict.casework.CaseworkApi.get;
import static io.interdict.casework.CaseworkApi.json;
import static io.interdict.casework.CaseworkApi.party;
import static io.interdict.casework.CaseworkApi.post;
import static io.interdict.platform.environment.TestEnvironment.serverUrl;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.platform.environment.DeployedApplication;
import io.interdict.platform.environment.PlatformTest;
import io.interdict.platform.environment.TestEnvironment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The bulk export of case histories in the real server, on PostgreSQL: ten thousand cases stream into one ZIP in
 * bounded memory (the server's heap is measured while it exports), the date and status filters take exactly the
 * cases they name, the manifest neutralises formula cells, each entry is the single-case JSON export, bad filters
 * are 400, and every export - finished or broken off - is on the audit trail.
 *
 * <p>The ten thousand cases are written straight into the case tables (as {@code seed-cases.sql} does for the case
 * list benchmark), copying the alerts of a real KOMID hit, with a triage decision and a comment each, on ten days of
 * March 2019 - far from the cases the other tests open, and all closed, so no queue shows them. They have no audit
 * events of their own (those would wait for the chainer's seal); the cases opened through the API have.
 */
@PlatformTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BulkExportIT extends DeployedApplication {

    private static final String KOMID = "KOREA MINING DEVELOPMENT TRADING CORPORATION";
    private static final ZoneId INSTITUTION_ZONE = ZoneId.of("America/New_York");
    private static final int SEEDED = 10_000;
    private static final String FORMULA_NAME = "=HYPERLINK(\"http://x\")";
    /** HTTP/1.1: one connection per download, so an archive abandoned by one test cannot stall the next. */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** What a downloaded archive held. */
    record Archive(int status, String contentType, String disposition, String readme, Map<String, String> entryHashes,
                   List<CSVRecord> manifest, long zipBytes, long jsonBytes, Map<String, JsonObject> kept) {

        List<String> caseIds() {
            return manifest.stream().map(r -> r.get("case_id")).toList();
        }
    }

    @BeforeAll
    static void seedTenThousandCases() throws Exception {
        HttpResponse<String> hit = post("analyst", "/api/screenings", party(KOMID, "BULK-MODEL"));
        assertThat(hit.statusCode()).as(hit.body()).isEqualTo(201);
        UUID model = UUID.fromString(json(hit).getString("caseId"));
        Instant begin = Instant.now();
        try (Connection db = TestEnvironment.database().connect(); Statement sql = db.createStatement()) {
            // n % 10 is the day (1 to 10 March 2019, New York), spread over the day; every third is a rejection
            sql.executeUpdate("""
                    INSERT INTO screening_case (id, screening_id, party_name, party_type, party_country,
                        party_reference, status, priority, queue, assignee, sla_due_at, overdue, created_at,
                        updated_at, version)
                    SELECT gen_random_uuid(), gen_random_uuid(),
                           CASE WHEN n = 4242 THEN '%s' ELSE 'Bulk Export Party ' || n END,
                           'ENTITY', 'KP', 'BULK-' || n,
                           CASE WHEN n %% 3 = 0 THEN 'REJECT_APPROVED' ELSE 'CLOSED_FALSE_POSITIVE' END,
                           0, 'sanctions', NULL, t + interval '4 hours', false, t, t + interval '1 hour', 2
                    FROM (SELECT n, ((date '2019-03-01' + n %% 10)::timestamp
                                     + ((n * 7919) %% 86400) * interval '1 second') AT TIME ZONE 'America/New_York' AS t
                          FROM generate_series(1, %d) AS n) AS s
                    """.formatted(FORMULA_NAME.replace("'", "''"), SEEDED));
            try (PreparedStatement alerts = db.prepareStatement("""
                    INSERT INTO alert (id, case_id, list_source, list_entry_id, list_version, entry_fingerprint,
                        matched_name, score, reasons, programmes, entry_type)
                    SELECT gen_random_uuid(), c.id, a.list_source, a.list_entry_id, a.list_version, a.entry_fingerprint,
                           a.matched_name, a.score, a.reasons, a.programmes, a.entry_type
                    FROM screening_case c CROSS JOIN alert a
                    WHERE c.party_reference LIKE 'BULK-%' AND c.party_reference <> 'BULK-MODEL' AND a.case_id = ?
                    """)) {
                alerts.setObject(1, model);
                assertThat(alerts.executeUpdate()).isGreaterThanOrEqualTo(SEEDED);
            }
            sql.executeUpdate("""
                    INSERT INTO case_decision (id, case_id, step, outcome, actor, decided_at, rationale,
                        check_on_ofac_list, check_type_mismatch, check_only_one_name, check_identifiers,
                        check_several_similarities)
                    SELECT gen_random_uuid(), id, 'TRIAGE',
                           CASE WHEN status = 'REJECT_APPROVED' THEN 'ESCALATE' ELSE 'FALSE_POSITIVE' END,
                           'analyst', created_at + interval '1 hour',
                           'Compared the customer file with the SDN entry: date of incorporation, registration number'
                           || ' and address checked one by one against the list entry and the payment message.',
                           'YES', 'YES', 'NO', 'CONFLICT', 'NO'
                    FROM screening_case WHERE party_reference LIKE 'BULK-%' AND party_reference <> 'BULK-MODEL'
                    """);
            sql.executeUpdate("""
                    INSERT INTO case_decision (id, case_id, step, outcome, actor, decided_at, rationale)
                    SELECT gen_random_uuid(), id, 'ESCALATION', 'REJECT', 'manager', created_at + interval '2 hours',
                           'Listed entity; the payment is rejected and reported under 31 CFR 501.604.'
                    FROM screening_case WHERE party_reference LIKE 'BULK-%' AND status = 'REJECT_APPROVED'
                    """);
            sql.executeUpdate("""
                    INSERT INTO case_comment (id, case_id, author, written_at, text)
                    SELECT gen_random_uuid(), id, 'analyst', created_at + interval '30 minutes',
                           'Customer onboarding file requested from the relationship manager; the registry extract'
                           || ' and the beneficial ownership declaration were attached to the core banking record.'
                    FROM screening_case WHERE party_reference LIKE 'BULK-%' AND party_reference <> 'BULK-MODEL'
                    """);
            sql.execute("ANALYZE screening_case");
            sql.execute("ANALYZE alert");
        }
        System.out.printf("[bulk-export] seeded %,d cases in %d ms%n", SEEDED,
                Duration.between(begin, Instant.now()).toMillis());
    }

    /**
     * Downloads an archive, reading it as it streams: each entry's SHA-256 and size, the manifest and the README.
     *
     * @param keep        the case ids whose JSON entries are kept, parsed
     * @param onEntry     told the number of each case entry read (to measure the server's heap on the way)
     */
    static Archive download(String user, String query, List<String> keep, IntConsumer onEntry) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(serverUrl() + "/api/cases/export?" + query))
                .timeout(Duration.ofMinutes(10)).header("Authorization", "Bearer " + CaseworkApi.token(user)).GET()
                .build();
        HttpResponse<InputStream> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String disposition = response.headers().firstValue("Content-Disposition").orElse("");
        if (response.statusCode() != 200) {
            try (InputStream body = response.body()) {
                return new Archive(response.statusCode(), contentType, new String(body.readAllBytes(),
                        StandardCharsets.UTF_8), null, Map.of(), List.of(), 0, 0, Map.of());
            }
        }
        Map<String, String> hashes = new HashMap<>();
        Map<String, JsonObject> kept = new HashMap<>();
        String readme = null;
        List<CSVRecord> manifest = List.of();
        long jsonBytes = 0;
        CountingStream counted = new CountingStream(response.body());
        int cases = 0;
        try (ZipInputStream zip = new ZipInputStream(counted, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] content = zip.readAllBytes();
                String name = entry.getName();
                if (name.equals("README.txt")) {
                    readme = new String(content, StandardCharsets.UTF_8);
                } else if (name.equals("manifest.csv")) {
                    String text = new String(content, StandardCharsets.UTF_8);
                    assertThat(text).startsWith("\uFEFF");
                    manifest = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                            .parse(new StringReader(text.substring(1))).getRecords();
                } else {
                    assertThat(name).startsWith("cases/").endsWith(".json");
                    String caseId = name.substring("cases/".length(), name.length() - ".json".length());
                    hashes.put(caseId, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
                    jsonBytes += content.length;
                    if (keep.contains(caseId)) {
                        try (var reader = Json.createReader(new StringReader(new String(content,
                                StandardCharsets.UTF_8)))) {
                            kept.put(caseId, reader.readObject());
                        }
                    }
                    onEntry.accept(++cases);
                }
            }
        } catch (Exception | AssertionError e) {
            System.out.printf("[bulk-export] download of %s failed after %d case entries (%d bytes): %s%n", query, cases,
                    counted.count, e);
            throw e;
        }
        return new Archive(200, contentType, disposition, readme, hashes, manifest, counted.count, jsonBytes, kept);
    }

    static Archive download(String query) throws Exception {
        return download("auditor", query, List.of(), n -> { });
    }

    /** How many cases the database holds opened on these New York days, in these statuses (none: any). */
    private static long casesOpened(String from, String to, String... statuses) throws Exception {
        String sql = "SELECT count(*) FROM screening_case WHERE created_at >= (?::date::timestamp AT TIME ZONE"
                + " 'America/New_York') AND created_at < ((?::date + 1)::timestamp AT TIME ZONE 'America/New_York')"
                + (statuses.length == 0 ? "" : " AND status = ANY (?)");
        try (Connection db = TestEnvironment.database().connect(); PreparedStatement count = db.prepareStatement(sql)) {
            count.setString(1, from);
            count.setString(2, to);
            if (statuses.length > 0) {
                count.setArray(3, db.createArrayOf("varchar", statuses));
            }
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The bulk exports' audit events, oldest first: action, actor, subject id, detail. */
    private static List<List<String>> bulkExportEvents() throws Exception {
        try (Connection db = TestEnvironment.database().connect(); Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("SELECT action, actor, subject_id, detail FROM audit_event"
                     + " WHERE subject_type = 'CaseArchive' ORDER BY id")) {
            List<List<String>> events = new java.util.ArrayList<>();
            while (rs.next()) {
                events.add(List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
            return events;
        }
    }

    private static String exportIdOf(String readme) {
        return readme.lines().filter(l -> l.startsWith("Export id:")).findFirst().orElseThrow()
                .substring("Export id:".length()).strip();
    }

    @Test
    @Order(1)
    void tenThousandCasesStreamIntoOneZipInBoundedMemory() throws Exception {
        String query = "from=2019-03-01&to=2019-03-10";
        long expected = casesOpened("2019-03-01", "2019-03-10");
        assertThat(expected).isEqualTo(SEEDED);
        String formulaCase;
        try (Connection db = TestEnvironment.database().connect(); Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("SELECT id FROM screening_case WHERE party_reference = 'BULK-4242'")) {
            rs.next();
            formulaCase = rs.getString(1);
        }
        try (ServerHeap heap = ServerHeap.attach()) {
            long liveBefore = heap.live();
            long[] liveDuring = new long[3];
            heap.startSampling();
            Instant begin = Instant.now();
            Archive archive = download("auditor", query, List.of(formulaCase), n -> {
                // a full collection at a quarter, half and three quarters of the way: what the export still holds
                if (n == SEEDED / 4 || n == SEEDED / 2 || n == SEEDED * 3 / 4) {
                    liveDuring[n * 4 / SEEDED - 1] = heap.live();
                    System.out.printf("[bulk-export] %,d cases read after %d ms, live heap %s%n", n,
                            Duration.between(begin, Instant.now()).toMillis(), ServerHeap.mb(liveDuring[n * 4 / SEEDED - 1]));
                }
            });
            Duration took = Duration.between(begin, Instant.now());
            long peakUsed = heap.stopSampling();
            long liveAfter = heap.live();
            long peakLive = Math.max(liveDuring[0], Math.max(liveDuring[1], liveDuring[2]));

            assertThat(archive.status()).as(archive.disposition()).isEqualTo(200);
            assertThat(archive.contentType()).startsWith("application/zip");
            assertThat(archive.disposition()).startsWith("attachment;").contains("cases-2019-03-01-to-2019-03-10.zip");
            assertThat(archive.entryHashes()).hasSize(SEEDED);
            assertThat(archive.manifest()).hasSize(SEEDED);
            assertThat(archive.manifest()).allSatisfy(row -> assertThat(row.get("sha256"))
                    .as(row.get("case_id")).isEqualTo(archive.entryHashes().get(row.get("case_id"))));
            CSVRecord formula = archive.manifest().stream().filter(r -> r.get("case_id").equals(formulaCase))
                    .findFirst().orElseThrow();
            assertThat(formula.get("party_name")).isEqualTo("'" + FORMULA_NAME);
            assertThat(archive.manifest()).noneSatisfy(row -> assertThat(row.values())
                    .anySatisfy(cell -> assertThat(cell).matches("[=+\\-@\t\r].*")));
            assertThat(archive.kept().get(formulaCase).getJsonObject("screeningCase").getJsonObject("party")
                    .getString("name")).as("the JSON keeps the name as it was sent").isEqualTo(FORMULA_NAME);
            assertThat(archive.readme()).contains("Exported by:  auditor",
                    "cases opened from 2019-03-01 to 2019-03-10 (days in America/New_York), status any",
                    SEEDED + " matched");

            double casesPerSecond = SEEDED / (took.toMillis() / 1000.0);
            System.out.printf(Locale.ROOT, "[bulk-export] %,d cases into the ZIP in %.1f s: %.0f cases/s (with three"
                            + " full collections asked of the server on the way); ZIP %s, JSON entries %s uncompressed"
                            + " (%,d bytes per case)%n", SEEDED, took.toMillis() / 1000.0, casesPerSecond,
                    ServerHeap.mb(archive.zipBytes()), ServerHeap.mb(archive.jsonBytes()),
                    archive.jsonBytes() / SEEDED);
            System.out.printf(Locale.ROOT, "[bulk-export] server heap (max %s): live before %s; live at 1/4, 1/2, 3/4"
                            + " of the export %s, %s, %s (peak growth %s); used peak while exporting %s; live after"
                            + " %s%n", ServerHeap.mb(heap.max()), ServerHeap.mb(liveBefore),
                    ServerHeap.mb(liveDuring[0]), ServerHeap.mb(liveDuring[1]), ServerHeap.mb(liveDuring[2]),
                    ServerHeap.mb(peakLive - liveBefore), ServerHeap.mb(peakUsed), ServerHeap.mb(liveAfter));

            // Holding the histories already written would take at least their JSON: half of them (5,000) is
            // jsonBytes / 2 by the half-way mark. The export holds one page of 200.
            assertThat(peakLive - liveBefore).as("live heap growth while exporting, against the JSON of half the"
                    + " cases (%s)", ServerHeap.mb(archive.jsonBytes() / 2)).isLessThan(archive.jsonBytes() / 4);
        }
        List<String> started = bulkExportEvents().get(bulkExportEvents().size() - 1);
        assertThat(started.get(0)).isEqualTo("CASES_EXPORTED");
        assertThat(started.get(1)).isEqualTo("auditor");
        assertThat(started.get(3)).isEqualTo("bulk export of " + SEEDED + " case histories as a ZIP: cases opened"
                + " from 2019-03-01 to 2019-03-10 (days in America/New_York), status any");
    }

    @Test
    @Order(2)
    void theDateAndStatusFiltersTakeExactlyTheCasesTheyName() throws Exception {
        Archive twoDays = download("from=2019-03-02&to=2019-03-03&status=REJECT_APPROVED");
        assertThat(twoDays.status()).isEqualTo(200);
        assertThat((long) twoDays.manifest().size()).isEqualTo(casesOpened("2019-03-02", "2019-03-03",
                "REJECT_APPROVED")).isPositive();
        assertThat(twoDays.manifest()).allSatisfy(row -> {
            assertThat(row.get("status")).isEqualTo("REJECT_APPROVED");
            LocalDate day = Instant.parse(row.get("opened_at")).atZone(INSTITUTION_ZONE).toLocalDate();
            assertThat(day).isBetween(LocalDate.parse("2019-03-02"), LocalDate.parse("2019-03-03"));
        });
        assertThat(twoDays.caseIds()).as("in the order opened").isEqualTo(twoDays.manifest().stream()
                .sorted(java.util.Comparator.comparing(r -> Instant.parse(r.get("opened_at"))))
                .map(r -> r.get("case_id")).toList());

        Archive both = download("from=2019-03-10&to=2019-03-10&status=REJECT_APPROVED,CLOSED_FALSE_POSITIVE");
        assertThat((long) both.manifest().size()).isEqualTo(casesOpened("2019-03-10", "2019-03-10")).isEqualTo(1000);
        Archive repeated = download("from=2019-03-10&to=2019-03-10&status=REJECT_APPROVED&status=IN_TRIAGE");
        assertThat((long) repeated.manifest().size()).isEqualTo(casesOpened("2019-03-10", "2019-03-10",
                "REJECT_APPROVED", "IN_TRIAGE"));

        Archive none = download("from=2019-02-01&to=2019-02-28");
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.manifest()).isEmpty();
        assertThat(none.readme()).contains("0 matched");
    }

    @Test
    @Order(3)
    void eachEntryIsTheSingleCaseJsonExport() throws Exception {
        HttpResponse<String> hit = post("analyst", "/api/screenings", party(KOMID, "BULK-TODAY"));
        assertThat(hit.statusCode()).as(hit.body()).isEqualTo(201);
        String caseId = json(hit).getString("caseId");
        awaitAllSealed();
        LocalDate today = LocalDate.now(INSTITUTION_ZONE);

        Archive archive = download("auditor", "from=" + today.minusDays(1) + "&to=" + today.plusDays(1)
                + "&status=IN_TRIAGE", List.of(caseId), n -> { });
        HttpResponse<String> single = get("auditor", "/api/cases/" + caseId + "/export?format=json");
        assertThat(single.statusCode()).isEqualTo(200);

        assertThat(archive.caseIds()).contains(caseId);
        JsonObject bulk = archive.kept().get(caseId);
        JsonObject one = json(single);
        assertThat(bulk.getJsonObject("screeningCase").getString("currentTask")).isEqualTo("triage");
        assertThat(bulk.getJsonArray("auditTrail")).isNotEmpty();
        assertThat(withoutExportTime(bulk)).isEqualTo(withoutExportTime(one));
        CSVRecord row = archive.manifest().stream().filter(r -> r.get("case_id").equals(caseId)).findFirst()
                .orElseThrow();
        assertThat(row.get("party_name")).isEqualTo(KOMID);
        assertThat(Integer.parseInt(row.get("alerts"))).isEqualTo(bulk.getJsonObject("screeningCase")
                .getJsonArray("alerts").size());
        assertThat(Integer.parseInt(row.get("audit_events"))).isEqualTo(bulk.getJsonArray("auditTrail").size());
    }

    private static JsonObject withoutExportTime(JsonObject history) {
        return Json.createObjectBuilder(history).remove("exportedAt").build();
    }

    @Test
    @Order(4)
    void badFiltersAreProblemsNamingTheField() throws Exception {
        assertProblem("from=2019-13-01&to=2019-03-10", "from");
        assertProblem("from=2019-03-01", "to");
        assertProblem("from=2019-03-10&to=2019-03-01", "to");
        assertProblem("from=2019-03-01&to=2019-03-10&status=OPENISH", "status");
        assertThat(bulkExportEvents()).as("a refused request exports nothing")
                .noneSatisfy(e -> assertThat(e.get(3)).contains("2019-13-01"));
    }

    private static void assertProblem(String query, String field) throws Exception {
        HttpResponse<String> response = get("auditor", "/api/cases/export?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        assertThat(json(response).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).contains(field);
    }

    @Test
    @Order(5)
    void onlyAuditorsAndAdministratorsExport() throws Exception {
        for (String user : List.of("analyst", "manager", CaseworkApi.SERVICE)) {
            assertThat(get(user, "/api/cases/export?from=2019-03-01&to=2019-03-01").statusCode()).as(user)
                    .isEqualTo(403);
        }
        assertThat(get(null, "/api/cases/export?from=2019-03-01&to=2019-03-01").statusCode()).isEqualTo(401);
        Archive byAdmin = download("admin", "from=2019-03-01&to=2019-03-01", List.of(), n -> { });
        assertThat(byAdmin.manifest()).hasSize(1000);
    }

    @Test
    @Order(6)
    void aDownloadAbandonedHalfWayIsOnTheAuditTrailWithHowFarItGot() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(serverUrl()
                        + "/api/cases/export?from=2019-03-01&to=2019-03-10"))
                .header("Authorization", "Bearer " + CaseworkApi.token("auditor")).GET().build();
        HttpResponse<InputStream> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
        String exportId;
        try (InputStream body = response.body(); ZipInputStream zip = new ZipInputStream(body)) {
            assertThat(zip.getNextEntry().getName()).isEqualTo("README.txt");
            exportId = exportIdOf(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            // the auditor closes the download after the README
        }

        Instant deadline = Instant.now().plusSeconds(120);
        List<List<String>> events;
        do {
            Thread.sleep(200);
            events = bulkExportEvents().stream().filter(e -> e.get(2).equals(exportId)).toList();
        } while (events.size() < 2 && Instant.now().isBefore(deadline));
        assertThat(events).extracting(e -> e.get(0)).containsExactly("CASES_EXPORTED", "CASES_EXPORT_ABORTED");
        assertThat(events.get(1).get(1)).isEqualTo("auditor");
        assertThat(events.get(1).get(3)).matches("bulk export broke off after \\d+ of " + SEEDED
                + " case histories: .*");
        System.out.println("[bulk-export] abandoned download: " + events.get(1).get(3));
    }

    /** Counts the bytes of the ZIP as they arrive. */
    private static final class CountingStream extends java.io.FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
