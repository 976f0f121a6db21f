package io.interdict.casework;

import static io.interdict.casework.CaseworkApi.get;
import static io.interdict.casework.CaseworkApi.json;
import static io.interdict.casework.CaseworkApi.upload;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.platform.environment.DeployedApplication;
import io.interdict.platform.environment.PlatformTest;
import io.interdict.platform.environment.TestEnvironment;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Batch screening in the real server, on PostgreSQL, with Keycloak tokens: a CSV of a few hundred parties runs as a
 * Jakarta Batch job to COMPLETED, malformed rows are reported by line number, listed parties open cases exactly as
 * single screenings do, and the roles are enforced.
 */
@PlatformTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BatchScreeningIT extends DeployedApplication {

    private static final String CSV = "text/csv";
    private static final List<String> LISTED = List.of("KOREA MINING DEVELOPMENT TRADING CORPORATION",
            "TANCHON COMMERCIAL BANK", "BANCO NACIONAL DE CUBA");
    private static final List<String> FIRST = List.of("Harriet", "Oliver", "Beatrice", "Rupert", "Imogen",
            "Percival", "Winifred", "Cedric", "Arabella", "Montague");
    private static final List<String> LAST = List.of("Pemberton-Ashworth", "Fairweather", "Hollingsworth",
            "Whitcombe", "Brackenbury", "Thistlewood", "Cartwright", "Ravenscroft", "Pettigrew", "Huntingdon");

    @ArquillianResource
    ManagementClient management;

    /** The batch under test: its CSV, which lines hold listed names, which are malformed. */
    private record Batch(String csv, int rows, List<Integer> listedLines, List<Integer> malformedLines) {
    }

    private static Batch batch(String tag, int clean, int listed) {
        StringBuilder csv = new StringBuilder("name,type,country,dateOfBirth,reference\n");
        List<Integer> listedLines = new ArrayList<>();
        List<Integer> malformedLines = new ArrayList<>();
        List<String> malformed = List.of(
                ",individual,GB,,%s-M1",                        // no name
                "Anna Whitcombe,individual,Britain,,%s-M2",     // country not ISO alpha-2
                "Anna Whitcombe,individual,GB,31/12/1970,%s-M3",// date not ISO
                "Anna Whitcombe,individual",                    // too few fields
                "\"Anna Whitcombe,individual,GB,,%s-M5",        // quote never closed
                "Anna Whitcombe,planet,GB,,%s-M6");             // no such type
        int line = 1;
        int rows = 0;
        for (int i = 0; i < clean + listed + malformed.size(); i++) {
            line++;
            rows++;
            if (i % 50 == 7 && malformedLines.size() < malformed.size()) {
                csv.append(malformed.get(malformedLines.size()).formatted(tag)).append('\n');
                malformedLines.add(line);
            } else if (i % 10 == 3 && listedLines.size() < listed) {
                csv.append(LISTED.get(listedLines.size() % LISTED.size())).append(",entity,,,").append(tag)
                        .append("-L").append(i).append('\n');
                listedLines.add(line);
            } else {
                csv.append(FIRST.get(i % FIRST.size())).append(' ').append(LAST.get(i / FIRST.size() % LAST.size()))
                        .append(",individual,GB,19").append(50 + i % 40).append(',').append(tag).append("-C")
                        .append(i).append('\n');
            }
        }
        assertThat(malformedLines).hasSize(malformed.size());
        assertThat(listedLines).hasSize(listed);
        return new Batch(csv.toString(), rows, listedLines, malformedLines);
    }

    private static JsonObject awaitEnd(String batchId, Duration timeout) throws Exception {
        return awaitEnd(batchId, timeout, 1);
    }

    /**
     * Waits until the batch completes, or fails in a job execution no earlier than the given attempt. (A server
     * stopping under a job may leave the batch FAILED until start-up resumes it: that FAILED is not an end.)
     */
    private static JsonObject awaitEnd(String batchId, Duration timeout, int attempt) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            HttpResponse<String> progress = get("manager", "/api/screenings/batch/" + batchId + "?size=1");
            assertThat(progress.statusCode()).as(progress.body()).isEqualTo(200);
            String status = json(progress).getString("status");
            boolean failedForGood = status.equals("FAILED") && json(progress).getInt("attempts") >= attempt;
            if (status.equals("COMPLETED") || failedForGood) {
                return json(progress);
            }
            assertThat(Instant.now()).as("batch %s still %s: %s", batchId, status, progress.body()).isBefore(deadline);
            Thread.sleep(500);
        }
    }

    /** Every item of the batch, page by page, keyed by CSV line. */
    private static Map<Integer, JsonObject> items(String batchId) throws Exception {
        Map<Integer, JsonObject> items = new HashMap<>();
        for (int page = 0; ; page++) {
            HttpResponse<String> response = get("auditor", "/api/screenings/batch/" + batchId + "?size=100&page=" + page);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            json(response).getJsonArray("items").getValuesAs(JsonObject.class)
                    .forEach(item -> items.put(item.getInt("line"), item));
            if (!json(response).getBoolean("hasMore")) {
                return items;
            }
        }
    }

    private static List<String> auditActions(String subjectId) throws Exception {
        try (Connection db = TestEnvironment.database().connect();
             PreparedStatement query = db.prepareStatement(
                     "SELECT action FROM audit_event WHERE subject_id = ? ORDER BY id")) {
            query.setString(1, subjectId);
            List<String> actions = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
            }
            return actions;
        }
    }

    @Test
    @Order(1)
    void aCsvBatchIsScreenedToCompletionWithMalformedRowsReportedByLine() throws Exception {
        String tag = "B" + UUID.randomUUID().toString().substring(0, 6);
        Batch batch = batch(tag, 264, 30);

        HttpResponse<String> submitted = upload("analyst", "/api/screenings/batch", CSV,
                batch.csv().getBytes(StandardCharsets.UTF_8));

        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
        JsonObject accepted = json(submitted);
        String batchId = accepted.getString("batchId");
        assertThat(submitted.headers().firstValue("Location")).get().asString()
                .endsWith("/api/screenings/batch/" + batchId);
        assertThat(accepted.getString("status")).isIn("QUEUED", "RUNNING");
        assertThat(accepted.getInt("items")).isEqualTo(294);
        assertThat(accepted.getJsonArray("rejected").getValuesAs(JsonObject.class))
                .extracting(r -> r.getInt("line")).containsExactlyElementsOf(batch.malformedLines());

        JsonObject done = awaitEnd(batchId, Duration.ofMinutes(5));
        assertThat(done.getString("status")).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.getInt("total")).isEqualTo(294);
        assertThat(done.getInt("screened")).isEqualTo(294);
        assertThat(done.getInt("rejectedCount")).isEqualTo(6);
        assertThat(done.getInt("attempts")).isEqualTo(1);
        List<JsonObject> rejected = done.getJsonArray("rejected").getValuesAs(JsonObject.class);
        assertThat(rejected).extracting(r -> r.getInt("line")).containsExactlyElementsOf(batch.malformedLines());
        assertThat(rejected.get(0).getString("reason")).contains("name");
        assertThat(rejected.get(1).getString("reason")).contains("country");
        assertThat(rejected.get(2).getString("reason")).contains("dateOfBirth");
        assertThat(rejected.get(3).getString("reason")).contains("field(s)");
        assertThat(rejected.get(4).getString("reason")).contains("quoted field");
        assertThat(rejected.get(5).getString("reason")).contains("type");

        Map<Integer, JsonObject> items = items(batchId);
        assertThat(items).hasSize(294);
        assertThat(items.keySet()).doesNotContainAnyElementsOf(batch.malformedLines());
        long hitItems = items.values().stream().filter(i -> i.getString("outcome").equals("HIT")).count();
        assertThat(done.getInt("hits")).isEqualTo((int) hitItems);
        for (int line : batch.listedLines()) {
            JsonObject item = items.get(line);
            assertThat(item.getString("outcome")).as("line %d: %s", line, item).isEqualTo("HIT");
            assertThat(item.getJsonObject("bestHit").getJsonNumber("score").doubleValue()).isGreaterThan(0.9);
            HttpResponse<String> theCase = get("analyst", "/api/cases/" + item.getString("caseId"));
            assertThat(theCase.statusCode()).as(theCase.body()).isEqualTo(200);
            assertThat(json(theCase).getJsonObject("party").getString("name")).isEqualTo(item.getString("name"));
            assertThat(json(theCase).getJsonObject("party").getString("reference")).isEqualTo(item.getString("reference"));
        }
        JsonObject clean = items.get(2);
        assertThat(clean.getString("name")).isEqualTo("Harriet Pemberton-Ashworth");
        assertThat(clean.getString("outcome")).isEqualTo("CLEAR");
        assertThat(clean.containsKey("caseId")).isFalse();
        System.out.printf("[measure] batch of 294 items: %d hit(s), %d listed%n", hitItems, batch.listedLines().size());

        assertThat(auditActions(batchId)).containsExactly("BATCH_SUBMITTED", "BATCH_STARTED", "BATCH_COMPLETED");
        String firstCase = items.get(batch.listedLines().get(0)).getString("caseId");
        assertThat(auditActions(firstCase)).contains("ALERT_RAISED", "CASE_OPENED");
    }

    @Test
    @Order(2)
    void aJsonBatchReportsInvalidPartiesByIndex() throws Exception {
        String tag = "J" + UUID.randomUUID().toString().substring(0, 6);
        String json = """
                [{"name": "BANCO NACIONAL DE CUBA", "type": "entity", "reference": "%s-0"},
                 {"name": "Imogen Ravenscroft", "country": "GB", "reference": "%s-1"},
                 {"country": "GB"},
                 42]
                """.formatted(tag, tag);

        HttpResponse<String> submitted = upload("admin", "/api/screenings/batch", "application/json",
                json.getBytes(StandardCharsets.UTF_8));

        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
        String batchId = json(submitted).getString("batchId");
        JsonObject done = awaitEnd(batchId, Duration.ofMinutes(2));
        assertThat(done.getString("status")).isEqualTo("COMPLETED");
        assertThat(done.getJsonArray("rejected").getValuesAs(JsonObject.class)).extracting(r -> r.getInt("index"))
                .containsExactly(2, 3);
        HttpResponse<String> page = get("analyst", "/api/screenings/batch/" + batchId);
        List<JsonObject> items = json(page).getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).extracting(i -> i.getInt("index")).containsExactly(0, 1);
        assertThat(items.get(0).getString("outcome")).isEqualTo("HIT");
        assertThat(items.get(1).getString("outcome")).isEqualTo("CLEAR");
    }

    @Test
    @Order(3)
    void rolesLimitsAndUnknownBatchesAreProblems() throws Exception {
        byte[] one = "name\nOliver Fairweather\n".getBytes(StandardCharsets.UTF_8);
        assertThat(upload(null, "/api/screenings/batch", CSV, one).statusCode()).isEqualTo(401);
        HttpResponse<String> auditor = upload("auditor", "/api/screenings/batch", CSV, one);
        assertThat(auditor.statusCode()).isEqualTo(403);
        HttpResponse<String> manager = upload("manager", "/api/screenings/batch", CSV, one);
        assertThat(manager.statusCode()).isEqualTo(403);

        HttpResponse<String> analyst = upload("analyst", "/api/screenings/batch", CSV, one);
        assertThat(analyst.statusCode()).as(analyst.body()).isEqualTo(202);
        String batchId = json(analyst).getString("batchId");
        assertThat(get(null, "/api/screenings/batch/" + batchId).statusCode()).isEqualTo(401);
        for (String reader : List.of("analyst", "manager", "auditor", "admin")) {
            assertThat(get(reader, "/api/screenings/batch/" + batchId).statusCode()).as(reader).isEqualTo(200);
        }

        HttpResponse<String> othersBatch = get(CaseworkApi.SERVICE, "/api/screenings/batch/" + batchId);
        assertThat(othersBatch.statusCode()).as("a system reads only its own batches").isEqualTo(404);
        HttpResponse<String> service = upload(CaseworkApi.SERVICE, "/api/screenings/batch", CSV, one);
        assertThat(service.statusCode()).as(service.body()).isEqualTo(202);
        String servicesBatch = json(service).getString("batchId");
        assertThat(get(CaseworkApi.SERVICE, "/api/screenings/batch/" + servicesBatch).statusCode()).isEqualTo(200);
        assertThat(get("auditor", "/api/screenings/batch/" + servicesBatch).statusCode()).isEqualTo(200);

        HttpResponse<String> unknown = get("analyst", "/api/screenings/batch/" + UUID.randomUUID());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");

        HttpResponse<String> badHeader = upload("analyst", "/api/screenings/batch", CSV,
                "name,colour\nX,red\n".getBytes(StandardCharsets.UTF_8));
        assertThat(badHeader.statusCode()).isEqualTo(400);
        assertThat(json(badHeader).getString("detail")).contains("colour");

        // bodies a careless client sends: answered 400 with the reason, never 500
        for (String broken : List.of("{", "[" + "[".repeat(1000) + "]".repeat(1000) + "]")) {
            HttpResponse<String> refused = upload("analyst", "/api/screenings/batch", "application/json",
                    broken.getBytes(StandardCharsets.UTF_8));
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).get().asString()
                    .startsWith("application/problem+json");
            assertThat(json(refused).getString("detail")).contains("JSON");
        }

        // rows past the limit; the byte limit (20 MB) is covered by the reader's unit test
        byte[] tooMany = ("name\n" + "P\n".repeat(100_001)).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> large = upload("analyst", "/api/screenings/batch", CSV, tooMany);
        assertThat(large.statusCode()).as(large.body()).isEqualTo(413);
        assertThat(large.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(json(large).getString("detail")).contains("100000 rows");

        assertThat(upload("analyst", "/api/screenings/batch", "text/plain", one).statusCode()).isEqualTo(415);
    }

    /** A measurement, not an assertion of speed: the figure in docs/casework.md comes from here. */
    @Test
    @Order(4)
    void aThousandItemBatchIsTimed() throws Exception {
        String tag = "T" + UUID.randomUUID().toString().substring(0, 6);
        StringBuilder csv = new StringBuilder("name,type,country,dateOfBirth,reference\n");
        for (int i = 0; i < 1000; i++) {
            if (i % 100 == 0) {
                csv.append(LISTED.get(i / 100 % LISTED.size())).append(",entity,,,");
            } else {
                csv.append(FIRST.get(i % FIRST.size())).append(' ').append(LAST.get(i / FIRST.size() % LAST.size()))
                        .append(",individual,GB,,");
            }
            csv.append(tag).append('-').append(i).append('\n');
        }
        Instant start = Instant.now();
        HttpResponse<String> submitted = upload("analyst", "/api/screenings/batch", CSV,
                csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
        JsonObject done = awaitEnd(json(submitted).getString("batchId"), Duration.ofMinutes(8));
        Duration took = Duration.between(start, Instant.now());

        assertThat(done.getString("status")).isEqualTo("COMPLETED");
        assertThat(done.getInt("screened")).isEqualTo(1000);
        System.out.printf("[measure] batch of 1,000 items (%d hits): %.1f s wall time, %.1f items/s%n",
                done.getInt("hits"), took.toMillis() / 1000.0, 1000 * 1000.0 / took.toMillis());
    }

    /**
     * Restart survival: the server is reloaded (every service and the deployment stopped and started again, in the
     * same JVM) while a batch is half screened. Start-up resumes it with a new job execution over the items still
     * pending; every item ends screened exactly once.
     */
    @Test
    @Order(5)
    void aBatchInterruptedByAServerReloadIsResumedAndEveryItemScreenedOnce() throws Exception {
        String tag = "R" + UUID.randomUUID().toString().substring(0, 6);
        StringBuilder csv = new StringBuilder("name,reference\n");
        for (int i = 0; i < 1500; i++) {
            csv.append(FIRST.get(i % FIRST.size())).append(' ').append(LAST.get(i / FIRST.size() % LAST.size()))
                    .append(',').append(tag).append('-').append(i).append('\n');
        }
        HttpResponse<String> submitted = upload("analyst", "/api/screenings/batch", CSV,
                csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
        String batchId = json(submitted).getString("batchId");
        JsonObject before = awaitScreened(batchId, 25);
        assertThat(before.getInt("screened")).as("still screening when the server goes down").isLessThan(1500);

        reloadServer();

        JsonObject done = awaitEnd(batchId, Duration.ofMinutes(8), 2);
        assertThat(done.getString("status")).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.getInt("screened")).isEqualTo(1500);
        assertThat(done.getInt("attempts")).isGreaterThanOrEqualTo(2);
        assertThat(auditActions(batchId)).startsWith("BATCH_SUBMITTED", "BATCH_STARTED").contains("BATCH_RESUMED")
                .endsWith("BATCH_COMPLETED");
        try (Connection db = TestEnvironment.database().connect();
             PreparedStatement count = db.prepareStatement("SELECT count(*), count(DISTINCT idempotency_key)"
                     + " FROM screening_request WHERE idempotency_key LIKE ?")) {
            count.setString(1, "batch:" + batchId + ":%");
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("screenings of the batch's items").isEqualTo(1500);
                assertThat(rs.getInt(2)).isEqualTo(1500);
            }
        }
        System.out.printf("[measure] reload after %d of 1,500 items screened; resumed and completed (%d attempts)%n",
                before.getInt("screened"), done.getInt("attempts"));
    }

    private static JsonObject awaitScreened(String batchId, int atLeast) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            JsonObject progress = json(get("manager", "/api/screenings/batch/" + batchId + "?size=1"));
            if (progress.getInt("screened") >= atLeast) {
                return progress;
            }
            assertThat(Instant.now()).as("batch %s: %s", batchId, progress).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    private void reloadServer() throws Exception {
        ServerReload.reload(management);
    }
}
