package io.interdict.platform.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The quick start must never forget an acknowledged hit. With the README's {@code bin/interdict run} and nothing
 * configured, hitting screenings are sent from several clients while the one WildFly is killed with SIGKILL; after
 * {@code bin/interdict run} again, every screening that had been answered {@code 201} with a case is still there with
 * its case, and retrying every request with its idempotency key makes exactly one case per key.
 */
class QuickStartDurabilityIT {

    private static final int CLIENTS = 6;
    /** Acknowledged screenings before the kill: enough that some are in flight at the moment it happens. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 40;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    /** One screening request: its idempotency key and party reference, and what the server answered first. */
    record Sent(String key, String reference, int status, String caseId) {
    }

    @Test
    void everyScreeningAnswered201SurvivesAKillOfTheServerAndARetryMakesNoSecondCase() throws Exception {
        Path root = Path.of(System.getProperty("interdict.root"));
        try (QuickStart quickStart = QuickStart.fresh(root, root.resolve("deploy/target/it/quickstart"))) {
            quickStart.start();
            List<Sent> sent = screenUntilKilled(quickStart);
            List<Sent> acknowledged = sent.stream().filter(s -> s.status() == 201).toList();
            System.out.printf("[phase] quick start durability: %d screenings sent, %d answered 201 before the kill%n",
                    sent.size(), acknowledged.size());
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

            quickStart.start();
            String service = quickStart.serviceToken();
            List<String> lost = new ArrayList<>();
            for (Sent screening : sent) {
                HttpResponse<String> retry = screen(quickStart, service, screening.key(), screening.reference());
                if (screening.status() == 201) {
                    boolean replayed = retry.statusCode() == 200
                            && "true".equals(retry.headers().firstValue("Idempotent-Replayed").orElse(""))
                            && screening.caseId().equals(json(retry).getString("caseId", ""));
                    if (!replayed) {
                        lost.add(screening.key() + " -> " + retry.statusCode() + " " + retry.body());
                    }
                } else {
                    assertThat(retry.statusCode()).as("retry of %s", screening.key()).isIn(200, 201);
                }
            }
            assertThat(lost).as("screenings answered 201 before the kill and forgotten after the restart").isEmpty();

            Map<String, Long> casesPerReference = casesPerReference(quickStart);
            System.out.printf("[phase] quick start durability: after the restart %d of %d acknowledged screenings"
                    + " replayed with their case; %d keys retried, %d cases%n", acknowledged.size() - lost.size(),
                    acknowledged.size(), sent.size(), casesPerReference.values().stream().mapToLong(n -> n).sum());
            assertThat(casesPerReference).as("one case per idempotency key").hasSize(sent.size())
                    .allSatisfy((reference, cases) -> assertThat(cases).as(reference).isEqualTo(1L));
        }
    }

    /** Hitting screenings from several clients; the server is killed once enough have been answered 201. */
    private List<Sent> screenUntilKilled(QuickStart quickStart) throws Exception {
        String service = quickStart.serviceToken();
        ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger sequence = new AtomicInteger();
        AtomicBoolean serverGone = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                int refused = 0;
                while (refused < 3 && sequence.get() < 2_000) {
                    int n = sequence.incrementAndGet();
                    String key = "durability-" + tag + "-" + n;
                    String reference = "QS-" + tag + "-" + n;
                    try {
                        HttpResponse<String> answer = screen(quickStart, service, key, reference);
                        String caseId = answer.statusCode() == 201 ? json(answer).getString("caseId") : null;
                        sent.add(new Sent(key, reference, answer.statusCode(), caseId));
                        if (answer.statusCode() == 201) {
                            acknowledged.incrementAndGet();
                        }
                    } catch (IOException noAnswer) {
                        // sent, perhaps committed, never answered: the client does not know, and will retry
                        sent.add(new Sent(key, reference, 0, null));
                        refused += serverGone.get() ? 1 : 0;
                    }
                }
                return null;
            });
        }
        while (acknowledged.get() < ACKNOWLEDGED_BEFORE_KILL) {
            Thread.sleep(50);
        }
        serverGone.set(true);
        quickStart.killServer();
        clients.shutdown();
        assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        return List.copyOf(sent);
    }

    private static HttpResponse<String> screen(QuickStart quickStart, String token, String key, String reference)
            throws IOException, InterruptedException {
        String party = """
                {"name": "Korea Mining Development Trading Corporation", "type": "entity", "reference": "%s"}
                """.formatted(reference);
        var request = HttpRequest.newBuilder(URI.create(quickStart.apiUrl() + "/screenings"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(party)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The cases the quick start's database holds for this run's parties, by party reference. */
    private Map<String, Long> casesPerReference(QuickStart quickStart) throws Exception {
        try (var connection = DriverManager.getConnection(quickStart.databaseUrl(), "postgres", "postgres");
             var query = connection.prepareStatement(
                     "SELECT party_reference, count(*) FROM screening_case WHERE party_reference LIKE ?"
                             + " GROUP BY party_reference")) {
            query.setString(1, "QS-" + tag + "-%");
            Map<String, Long> counts = new java.util.HashMap<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
            return counts;
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
