package io.interdict.platform;

import static io.interdict.platform.environment.PrometheusText.line;
import static io.interdict.platform.environment.PrometheusText.value;
import static io.interdict.platform.environment.TestEnvironment.managementUrl;
import static io.interdict.platform.environment.TestEnvironment.outputDirectory;
import static io.interdict.platform.environment.TestEnvironment.serverUrl;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.platform.environment.DeployedApplication;
import io.interdict.platform.environment.Http;
import io.interdict.platform.environment.PlatformTest;
import io.interdict.platform.environment.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What operations see of the running server: the correlation id every answer, problem and log record carries; the
 * Prometheus metrics on the management interface (the screening meters, the casework gauges, the server's own); the
 * JSON log.
 */
@PlatformTest
class ObservabilityIT extends DeployedApplication {

    private static final Pattern FRESH_ID = Pattern.compile("[0-9a-f]{16}");
    private static final String KOMID = "Korea Mining Development Trading Corporation";

    @Test
    void aRefusalQuotesTheCorrelationIdOfItsAnswerAndTheJsonLogRecordsItsRequestUnderIt() throws Exception {
        var refused = Http.postJson(serverUrl() + "/api/screenings", Tokens.forUser("analyst", "analyst"),
                "{\"name\": \"\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        String id = refused.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(id).matches(FRESH_ID);
        assertThat(Http.json(refused).getString("correlationId")).isEqualTo(id);
        JsonObject record = awaitAccessRecord(id);
        assertThat(record.getString("level")).isEqualTo("INFO");
        assertThat(record.getString("message")).startsWith("POST /api/screenings 400 ").endsWith(" analyst");
    }

    @Test
    void aGatewaysOwnIdIsKeptAndAnythingElseInItsPlaceIsReplaced() throws Exception {
        String token = Tokens.forUser("analyst", "analyst");
        String gateway = "gw-" + UUID.randomUUID();
        var kept = Http.get(serverUrl() + "/api/me", "Authorization", "Bearer " + token, "X-Correlation-Id", gateway);
        var replaced = Http.get(serverUrl() + "/api/me", "Authorization", "Bearer " + token,
                "X-Correlation-Id", "<script>alert(1)</script>");

        assertThat(kept.headers().firstValue("X-Correlation-Id")).contains(gateway);
        assertThat(replaced.headers().firstValue("X-Correlation-Id").orElseThrow()).matches(FRESH_ID);
    }

    @Test
    void prometheusScrapesTheScreeningsTheCaseworkAndTheServerFromTheManagementInterface() throws Exception {
        String service = Tokens.forScreeningService();
        String before = metrics();
        double clear = value(before, "interdict_screenings_total", "channel=\"party\"", "outcome=\"clear\"");
        double hit = value(before, "interdict_screenings_total", "channel=\"party\"", "outcome=\"hit\"");
        double timed = value(before, "interdict_screening_seconds_count", "channel=\"party\"");
        double slowest = value(before, "interdict_screening_latency_total", "channel=\"party\"", "le=\"+Inf\"");

        var clearOne = Http.postJson(serverUrl() + "/api/screenings", service,
                "{\"name\": \"Quillon Varnaby " + UUID.randomUUID().toString().substring(0, 6).replaceAll("\\d", "x")
                        + "\", \"type\": \"PERSON\"}");
        var hitOne = Http.postJson(serverUrl() + "/api/screenings", service, "{\"name\": \"" + KOMID + "\"}");
        assertThat(clearOne.statusCode()).as(clearOne.body()).isEqualTo(201);
        assertThat(Http.json(clearOne).getString("outcome")).isEqualTo("CLEAR");
        assertThat(hitOne.statusCode()).as(hitOne.body()).isEqualTo(201);
        assertThat(Http.json(hitOne).getString("outcome")).isEqualTo("HIT");

        String after = metrics();
        assertThat(value(after, "interdict_screenings_total", "channel=\"party\"", "outcome=\"clear\"")).isEqualTo(clear + 1);
        assertThat(value(after, "interdict_screenings_total", "channel=\"party\"", "outcome=\"hit\"")).isEqualTo(hit + 1);
        assertThat(value(after, "interdict_screening_seconds_count", "channel=\"party\"")).isEqualTo(timed + 2);
        assertThat(value(after, "interdict_screening_latency_total", "channel=\"party\"", "le=\"+Inf\""))
                .isEqualTo(slowest + 2);

        // the gauges are counted every 15 seconds: the new case is in the open cases within a round or two
        String counted = awaitMetrics(text -> value(text, "interdict_cases_open", "queue=\"") >= 1
                && value(text, "interdict_figures_counted_seconds") * 1000 > Instant.now().toEpochMilli() - 40_000);
        assertThat(line(counted, "interdict_list_entries", "list=\"us-ofac-sdn\"", "version=\"")).isPresent();
        assertThat(value(counted, "interdict_list_entries", "list=\"us-ofac-sdn\"")).isGreaterThan(10_000);
        for (String gauge : List.of("interdict_cases_triage_breaches", "interdict_reports_due", "interdict_reports_overdue",
                "interdict_audit_awaiting_seal", "interdict_audit_seal_lag_seconds", "interdict_jobs_due",
                "interdict_jobs_failed")) {
            assertThat(line(counted, gauge)).as(gauge).isPresent();
        }
        assertThat(value(counted, "interdict_figures_failures")).isZero();
        // the server's own subsystems and JVM, beside the application's meters
        assertThat(counted).containsPattern("(?m)^jvm_memory_used_bytes\\{").containsPattern("(?m)^undertow_");
    }

    @Test
    void everyLineOfTheJsonLogIsOneJsonObject() throws Exception {
        List<String> lines = Files.readAllLines(jsonLog());

        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            JsonObject record = parse(line);
            assertThat(record.getString("@timestamp")).as(line).isNotBlank();
            assertThat(record.getString("service")).isEqualTo("interdict");
        }
    }

    private static String metrics() throws Exception {
        HttpResponse<String> response = Http.get(managementUrl() + "/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String awaitMetrics(java.util.function.Predicate<String> ready) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(45));
        String text = metrics();
        while (!ready.test(text)) {
            assertThat(Instant.now()).as("the gauges were not counted in time:%n%s", text).isBefore(deadline);
            Thread.sleep(1000);
            text = metrics();
        }
        return text;
    }

    private static Path jsonLog() {
        return outputDirectory().resolve("wildfly-log/server.json");
    }

    /** The access record of the request with that id: written when the answer has been sent, so it may trail it. */
    private static JsonObject awaitAccessRecord(String correlationId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            Optional<JsonObject> found = Files.readAllLines(jsonLog()).stream()
                    .filter(l -> l.contains(correlationId)).map(ObservabilityIT::parse)
                    .filter(r -> "io.interdict.access".equals(r.getString("loggerName", "")))
                    .filter(r -> r.containsKey("mdc") && correlationId.equals(
                            r.getJsonObject("mdc").getString("correlationId", "")))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            assertThat(Instant.now()).as("no access record for %s in %s", correlationId, jsonLog()).isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private static JsonObject parse(String line) {
        try (var reader = Json.createReader(new StringReader(line))) {
            return reader.readObject();
        }
    }
}
