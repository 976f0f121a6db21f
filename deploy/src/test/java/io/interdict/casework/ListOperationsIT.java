package io.interdict.casework;

import static io.interdict.casework.CaseworkApi.array;
import static io.interdict.casework.CaseworkApi.get;
import static io.interdict.casework.CaseworkApi.json;
import static io.interdict.casework.CaseworkApi.party;
import static io.interdict.casework.CaseworkApi.post;
import static io.interdict.casework.CaseworkApi.upload;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.platform.environment.DeployedApplication;
import io.interdict.platform.environment.PlatformTest;
import io.interdict.platform.environment.TestEnvironment;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * An administrator's list operations in the real server, on PostgreSQL: the SDN version read from the lists
 * directory is in the version log; a corrupt upload is refused naming file and line and changes nothing; a new
 * version is stored with its diff and screened against only once put in force, which happens without a restart and
 * without refusing one of the screenings running meanwhile; the earlier version can be put back (a roll-back).
 */
@PlatformTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ListOperationsIT extends DeployedApplication {

    @ArquillianResource
    ManagementClient management;

    private static final String SDN = "/api/lists/us-ofac-sdn/versions";
    private static final String ZIP = "application/zip";
    /** A name no list holds, added as entry 99000001 by the new version. */
    private static final String ADDED_NAME = "ZORBANIAN TESTAMENT SHIPPING LIMITED";

    private static String directoryVersionId;
    private static String newVersionId;
    /** The customer reference of the party screened clear before the new version was put in force. */
    private static String clearedReference;

    /** The files of the SDN version the server read from the lists directory. */
    private static SdnVersionFiles directoryFiles;

    @Test
    @Order(1)
    void theVersionReadFromTheListsDirectoryIsInForceInTheLog() throws Exception {
        HttpResponse<String> versions = get("auditor", SDN);
        assertThat(versions.statusCode()).as(versions.body()).isEqualTo(200);
        JsonObject inForce = array(versions).getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("status").equals("IN_FORCE")).findFirst().orElseThrow();
        assertThat(inForce.getString("origin")).isEqualTo("DIRECTORY");
        assertThat(inForce.getInt("entries")).isGreaterThan(5000);
        assertThat(inForce.getJsonObject("entriesByType").keySet()).contains("individual", "entity");
        directoryVersionId = inForce.getString("versionId");
        directoryFiles = SdnVersionFiles.of(inForce.getString("version"));
        assertThat(get("analyst", SDN).statusCode()).as("analysts do not read the log").isEqualTo(403);
    }

    @Test
    @Order(2)
    void aCorruptUploadIsRefusedNamingFileLineAndReasonAndChangesNothing() throws Exception {
        int stored = array(get("auditor", SDN)).size();
        SdnVersionFiles broken = directoryFiles.copy();
        broken.file("sdn.csv").set(99, "99000009,\"UNTERMINATED QUOTE,-0- ,\"CUBA\"");
        HttpResponse<String> refused = upload("admin", SDN + "?version=2026-11-30", ZIP, broken.zip());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonObject problem = json(refused);
        assertThat(problem.getString("type")).isEqualTo("urn:interdict:problem:list-version-refused");
        assertThat(problem.getString("detail")).startsWith("sdn.csv line 100");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("sdn.csv");

        SdnVersionFiles incomplete = directoryFiles.copy();
        HttpResponse<String> partial = upload("admin", SDN + "?version=2026-11-30", ZIP, withoutAltCsv(incomplete.zip()));
        assertThat(partial.statusCode()).as(partial.body()).isEqualTo(422);
        assertThat(json(partial).getString("detail")).contains("incomplete OFAC CSV set: missing alt.csv");

        HttpResponse<String> notZip = upload("admin", SDN + "?version=2026-11-30", ZIP,
                "name,type\n".getBytes(StandardCharsets.UTF_8));
        assertThat(notZip.statusCode()).as(notZip.body()).isEqualTo(422);
        assertThat(json(notZip).getString("detail")).contains("not a ZIP archive");

        HttpResponse<String> badVersion = upload("admin", SDN + "?version=yesterday", ZIP, directoryFiles.zip());
        assertThat(badVersion.statusCode()).as(badVersion.body()).isEqualTo(400);
        assertThat(upload("analyst", SDN + "?version=2026-11-30", ZIP, directoryFiles.zip()).statusCode()).isEqualTo(403);
        assertThat(upload("admin", "/api/lists/eu-fsf/versions?version=2026-11-30", ZIP, directoryFiles.zip()).statusCode())
                .isEqualTo(404);

        assertThat(array(get("auditor", SDN)).size()).as("nothing stored").isEqualTo(stored);
        assertThat(screen("KOREA MINING DEVELOPMENT TRADING CORPORATION").getString("outcome")).isEqualTo("HIT");
    }

    @Test
    @Order(3)
    void aNewVersionIsStoredWithItsDiffButNotScreenedAgainstUntilPutInForce() throws Exception {
        HttpResponse<String> created = upload("admin", SDN + "?version=2026-12-01", ZIP, newVersion().zip());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject version = json(created);
        newVersionId = version.getString("versionId");
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(newVersionId));
        assertThat(version.getString("status")).isEqualTo("STAGED");
        assertThat(version.getString("baseVersionId")).isEqualTo(directoryVersionId);
        JsonObject diff = version.getJsonObject("diff");
        assertThat(List.of(diff.getInt("added"), diff.getInt("removed"), diff.getInt("changed")))
                .containsExactly(1, 1, 1);

        JsonObject entries = json(get("auditor", SDN + "/" + newVersionId + "/diff"));
        assertThat(entries.getJsonArray("added").getJsonObject(0).getString("entryId")).isEqualTo("99000001");
        assertThat(entries.getJsonArray("added").getJsonObject(0).getString("name")).isEqualTo(ADDED_NAME);
        assertThat(entries.getJsonArray("removed").getJsonObject(0).getString("name")).isEqualTo("BOUTIQUE LA MAISON");
        JsonObject changed = entries.getJsonArray("changed").getJsonObject(0);
        assertThat(changed.getString("entryId")).isEqualTo("475");
        assertThat(changed.getJsonArray("changes").getString(0)).startsWith("names +[CUBA HOUSE TRADING");

        clearedReference = "LISTS-" + UUID.randomUUID();
        assertThat(screen(ADDED_NAME, clearedReference).getString("outcome")).as("staged, not in force")
                .isEqualTo("CLEAR");
        HttpResponse<String> again = upload("admin", SDN + "?version=2026-12-02", ZIP, newVersion().zip());
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(json(again).getString("detail")).contains("these files are version 2026-12-01");
    }

    @Test
    @Order(4)
    void puttingItInForceSwapsTheIndexWithoutRefusingOneScreening() throws Exception {
        ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService screeners = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            screeners.submit(() -> {
                while (running.get()) {
                    statuses.add(post("analyst", "/api/screenings", party("Harriet Pemberton-Ashworth",
                            "SWAP-" + UUID.randomUUID())).statusCode());
                }
                return null;
            });
        }
        Thread.sleep(500);
        int before = statuses.size();
        HttpResponse<String> activated = post("admin", SDN + "/" + newVersionId + "/activate", "");
        int during = statuses.size() - before;
        Thread.sleep(500);
        running.set(false);
        screeners.shutdown();
        assertThat(screeners.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(activated.statusCode()).as(activated.body()).isEqualTo(202);
        JsonObject activation = json(activated);
        assertThat(activated.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/api/rescreenings/" + activation.getString("rescreeningId")));
        assertThat(activation.getString("status")).isEqualTo("IN_FORCE");
        assertThat(activation.getString("replacedVersionId")).isEqualTo(directoryVersionId);
        assertThat(during).as("screenings answered while the index was swapped").isPositive();
        assertThat(statuses).as("every screening during the swap answered").isNotEmpty().containsOnly(201);
        System.out.printf("swap: index built in %d ms; %d screenings answered during the activation, %d in all,"
                + " errors 0%n", activation.getJsonNumber("indexMillis").longValue(), during, statuses.size());

        JsonObject rescreening = completed(activation.getString("rescreeningId"));
        System.out.printf("delta re-screening: %d stored parties read, %d could match and were re-screened,"
                        + " %d case(s) opened, in %d ms%n", rescreening.getInt("scanned"), rescreening.getInt("total"),
                rescreening.getInt("casesOpened"), rescreening.getJsonNumber("elapsedMillis").longValue());
        assertThat(rescreening.getJsonObject("entries").getInt("added")).isEqualTo(1);
        assertThat(rescreening.getInt("total")).as("only the parties that could match an added or changed entry")
                .isPositive().isLessThan(rescreening.getInt("scanned") / 10);
        assertThat(rescreening.getInt("done")).isEqualTo(rescreening.getInt("total"));
        List<JsonObject> opened = cases(ADDED_NAME);
        assertThat(opened).as("the party screened clear before is a hit now: one case").hasSize(1);
        assertThat(rescreening.getInt("casesOpened")).isEqualTo(1);
        JsonObject openedCase = json(get("analyst", "/api/cases/" + opened.get(0).getString("id")));
        assertThat(openedCase.getJsonObject("party").getString("reference")).isEqualTo(clearedReference);
        assertThat(openedCase.getJsonArray("alerts").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("sourceId")).containsExactly("99000001");
        assertThat(get("analyst", "/api/rescreenings/" + activation.getString("rescreeningId")).statusCode())
                .isEqualTo(403);

        JsonObject hit = screen(ADDED_NAME);
        assertThat(hit.getString("outcome")).isEqualTo("HIT");
        assertThat(hit.getJsonArray("hits").getJsonObject(0).getString("listVersion")).isEqualTo("2026-12-01");
        assertThat(hit.getJsonArray("listVersions").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)).contains("us-ofac-sdn 2026-12-01");
        assertThat(statusOf(directoryVersionId)).isEqualTo("RETIRED");
        HttpResponse<String> twice = post("admin", SDN + "/" + newVersionId + "/activate", "");
        assertThat(twice.statusCode()).as(twice.body()).isEqualTo(409);
    }

    @Test
    @Order(5)
    void theEarlierVersionCanBePutBackInForce() throws Exception {
        HttpResponse<String> rolledBack = post("admin", SDN + "/" + directoryVersionId + "/activate", "");
        assertThat(rolledBack.statusCode()).as(rolledBack.body()).isEqualTo(202);
        assertThat(json(rolledBack).getJsonObject("diff").getInt("removed")).as("the added entry goes").isEqualTo(1);
        JsonObject rescreening = completed(json(rolledBack).getString("rescreeningId"));
        assertThat(rescreening.getInt("casesNoted")).as("both open cases of the removed entry").isEqualTo(2);
        for (JsonObject row : cases(ADDED_NAME)) {
            JsonObject full = json(get("analyst", "/api/cases/" + row.getString("id")));
            assertThat(full.getJsonArray("comments").getValuesAs(JsonObject.class)).anySatisfy(c -> assertThat(
                    c.getString("text")).contains("us-ofac-sdn:99000001 is no longer listed in version 2023-12-28"));
            assertThat(CaseworkApi.auditOf(row.getString("id"))).anySatisfy(e -> assertThat(e.getString("action"))
                    .isEqualTo("CASE_ENTRY_DELISTED"));
        }
        assertThat(screen(ADDED_NAME).getString("outcome")).isEqualTo("CLEAR");
        assertThat(statusOf(newVersionId)).isEqualTo("RETIRED");
        assertThat(statusOf(directoryVersionId)).isEqualTo("IN_FORCE");
        assertThat(json(get("auditor", SDN + "/" + directoryVersionId)).getString("rescreeningId"))
                .as("the version names the re-screening its latest activation started")
                .isEqualTo(json(rolledBack).getString("rescreeningId"));

        HttpResponse<String> since = get("auditor", "/api/lists/us-ofac-sdn/changes?since=" + newVersionId);
        assertThat(since.statusCode()).as(since.body()).isEqualTo(200);
        JsonObject changes = json(since);
        assertThat(changes.getJsonObject("inForce").getString("versionId")).isEqualTo(directoryVersionId);
        assertThat(changes.getJsonArray("added").getJsonObject(0).getString("name")).isEqualTo("BOUTIQUE LA MAISON");
        assertThat(changes.getJsonArray("removed").getJsonObject(0).getString("entryId")).isEqualTo("99000001");
        assertThat(changes.getJsonArray("changed").getJsonObject(0).getJsonArray("changes").getString(0))
                .startsWith("names -[CUBA HOUSE TRADING");
        assertThat(get("auditor", "/api/lists/us-ofac-sdn/changes").statusCode()).isEqualTo(400);
    }

    /**
     * Restart survival: the server is reloaded while the re-screening of 600 stored parties that match an added
     * entry is under way. Start-up resumes it; every party is re-screened exactly once and has exactly one case.
     */
    @Test
    @Order(6)
    void aRescreeningInterruptedByAServerReloadIsResumedAndEveryPartyRescreenedOnce() throws Exception {
        String name = "VELMORA STEEL TRADING COMPANY LIMITED";
        int parties = 600;
        seedStoredParties(name, "RESTART-", parties);
        HttpResponse<String> created = upload("admin", SDN + "?version=2026-12-05", ZIP,
                directoryFiles.copy().withEntity("99000201", name, "DPRK3").zip());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String versionId = json(created).getString("versionId");
        HttpResponse<String> activated = post("admin", SDN + "/" + versionId + "/activate", "");
        assertThat(activated.statusCode()).as(activated.body()).isEqualTo(202);
        String rescreeningId = json(activated).getString("rescreeningId");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        JsonObject before;
        do {
            before = json(get("admin", "/api/rescreenings/" + rescreeningId));
            assertThat(System.nanoTime()).as(before.toString()).isLessThan(deadline);
            Thread.sleep(50);
        } while (before.getInt("done") < 25);
        assertThat(before.getString("status")).as("still re-screening when the server goes down")
                .isEqualTo("SCREENING");

        ServerReload.reload(management);

        JsonObject done = completed(rescreeningId, true);
        assertThat(done.getInt("total")).isEqualTo(parties);
        assertThat(done.getInt("done")).isEqualTo(parties);
        assertThat(done.getInt("casesOpened")).as(done.toString()).isEqualTo(parties);
        try (Connection db = TestEnvironment.database().connect();
             PreparedStatement screenings = db.prepareStatement("SELECT count(*), count(DISTINCT idempotency_key)"
                     + " FROM screening_request WHERE idempotency_key LIKE ?");
             PreparedStatement cases = db.prepareStatement("SELECT count(*), count(DISTINCT party_reference)"
                     + " FROM screening_case WHERE party_name = ?")) {
            screenings.setString(1, "rescreening:" + rescreeningId + ":%");
            cases.setString(1, name);
            assertThat(counts(screenings)).as("one screening per party").containsExactly(parties, parties);
            assertThat(counts(cases)).as("one case per party").containsExactly(parties, parties);
        }
        assertThat(auditActions(rescreeningId)).startsWith("RESCREENING_STARTED").contains("RESCREENING_RESUMED")
                .endsWith("RESCREENING_COMPLETED");
        System.out.printf("[measure] reload after %d of %d parties re-screened; resumed and completed in %d ms%n",
                before.getInt("done"), parties, done.getJsonNumber("elapsedMillis").longValue());

        JsonObject rolledBack = completed(json(post("admin", SDN + "/" + directoryVersionId + "/activate", ""))
                .getString("rescreeningId"));
        assertThat(rolledBack.getInt("casesNoted")).isEqualTo(parties);
    }

    /** The actions of the audit trail about one subject, in order. */
    private static List<String> auditActions(String subjectId) throws Exception {
        try (Connection db = TestEnvironment.database().connect(); PreparedStatement query = db.prepareStatement(
                "SELECT action FROM audit_event WHERE subject_id = ? ORDER BY id")) {
            query.setString(1, subjectId);
            List<String> actions = new java.util.ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    actions.add(rows.getString(1));
                }
            }
            return actions;
        }
    }

    private static List<Integer> counts(PreparedStatement query) throws Exception {
        try (ResultSet row = query.executeQuery()) {
            row.next();
            return List.of(row.getInt(1), row.getInt(2));
        }
    }

    /** Parties a bank screened before, clear then: as many rows as the API would have stored. */
    private static void seedStoredParties(String name, String referencePrefix, int count) throws Exception {
        try (Connection db = TestEnvironment.database().connect(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO screening_request (id, request_fingerprint, requested_by, requested_at, party_name,"
                        + " party_type, party_reference, outcome, result)"
                        + " VALUES (?, ?, 'seed', now(), ?, 'ENTITY', ?, 'CLEAR', '{}')")) {
            for (int i = 0; i < count; i++) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, "0".repeat(64));
                insert.setString(3, name);
                insert.setString(4, referencePrefix + i);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Whatever failed above, the tests after these screen against the directory's version again. */
    @AfterAll
    static void putTheDirectoryVersionBack() throws Exception {
        if (directoryVersionId != null && !statusOf(directoryVersionId).equals("IN_FORCE")) {
            post("admin", SDN + "/" + directoryVersionId + "/activate", "");
        }
    }

    /** The re-screening once it has completed (it runs as a batch job after the activation answered). */
    private static JsonObject completed(String rescreeningId) throws Exception {
        return completed(rescreeningId, false);
    }

    /**
     * @param failedIsNoEnd whether FAILED may be passed through: a server stopping under the job fails it, and the
     *                      next start-up takes it up again
     */
    private static JsonObject completed(String rescreeningId, boolean failedIsNoEnd) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (true) {
            HttpResponse<String> response = get("admin", "/api/rescreenings/" + rescreeningId);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonObject run = json(response);
            if (!failedIsNoEnd) {
                assertThat(run.getString("status")).as(response.body()).isNotEqualTo("FAILED");
            }
            if (run.getString("status").equals("COMPLETED")) {
                return run;
            }
            assertThat(System.nanoTime()).as("re-screening finished in time: " + response.body()).isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    /** The cases opened for parties of that name, as the analyst's queue finds them. */
    private static List<JsonObject> cases(String name) throws Exception {
        HttpResponse<String> found = get("analyst", "/api/cases?party=" + name.replace(" ", "%20") + "&size=50");
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        return json(found).getJsonArray("cases").getValuesAs(JsonObject.class);
    }

    private static String statusOf(String versionId) throws Exception {
        return json(get("auditor", SDN + "/" + versionId)).getString("status");
    }

    private static JsonObject screen(String name) throws Exception {
        return screen(name, "LISTS-" + UUID.randomUUID());
    }

    private static JsonObject screen(String name, String reference) throws Exception {
        HttpResponse<String> response = post("analyst", "/api/screenings", party(name, reference));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response);
    }

    /**
     * The directory's version with one entry added (99000001), one removed (424, BOUTIQUE LA MAISON, with its
     * address) and one changed (475, CASA DE CUBA, given an alias).
     */
    private static SdnVersionFiles newVersion() {
        SdnVersionFiles files = directoryFiles.copy().without("424"::equals).withEntity("99000001", ADDED_NAME, "DPRK3");
        files.file("alt.csv").add("475,99000002,\"aka\",\"CUBA HOUSE TRADING\",-0- ");
        return files;
    }

    /** The same ZIP less its alt.csv: an incomplete OFAC CSV set. */
    private static byte[] withoutAltCsv(byte[] zip) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.getName().equals("alt.csv")) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
        return bytes.toByteArray();
    }
}
