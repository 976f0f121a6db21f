package io.interdict.platform.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.casework.SdnVersionFiles;
import io.interdict.platform.environment.Browser;
import io.interdict.platform.environment.Http;
import io.interdict.platform.environment.KeycloakServer;
import io.interdict.platform.environment.PrometheusText;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * The platform as {@code bin/interdict run --nodes 2} starts it: two WildFly nodes on one database behind the image's
 * own Undertow as balancer. Requests are spread over both nodes; a list version put in force on one node is in force
 * on the other a round later; a browser whose node is killed is signed in again on the other without an error page;
 * screenings in flight when a node is killed are either answered and kept (one case each) or answered with an error
 * the client retries with its idempotency key; the lost node comes back with {@code bin/interdict start-node}.
 */
class ClusterIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String KOMID = "Korea Mining Development Trading Corporation";
    private static final String SDN = "/lists/us-ofac-sdn/versions";

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    record Sent(String key, String reference, int status) {
    }

    @Test
    void twoNodesBehindTheBalancerServeAsOneAndLoseNothingWhenOneIsKilled() throws Exception {
        Path root = Path.of(System.getProperty("interdict.root"));
        try (QuickStart cluster = QuickStart.fresh(root, root.resolve("deploy/target/it/cluster"), 2)) {
            Instant started = Instant.now();
            cluster.start();
            System.out.printf("[phase] cluster: PostgreSQL, Keycloak, 2 nodes and the balancer up in %d s%n",
                    Duration.between(started, Instant.now()).toSeconds());
            String service = cluster.serviceToken();

            requestsAreSpreadOverBothNodes(cluster, service);
            aVersionPutInForceOnOneNodeIsInForceOnTheOther(cluster);
            aBrowserWhoseNodeIsLostIsSignedInAgainOnTheOther(cluster, service);
        }
    }

    /**
     * The balancer picks a node per connection it is given (a client's pooled connection stays with its node), so
     * the screening system here opens a connection per request, as many clients behind a gateway would.
     */
    private void requestsAreSpreadOverBothNodes(QuickStart cluster, String service) throws Exception {
        for (int i = 0; i < 20; i++) {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> answer = client.send(request(cluster.apiUrl(), service, "spread-" + tag + "-" + i,
                    "Quillon Varnaby", null), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        }
        for (int node = 1; node <= 2; node++) {
            assertThat(screenings(cluster, node, "clear")).as("screenings answered by node %d", node).isGreaterThan(3);
        }
    }

    private void aVersionPutInForceOnOneNodeIsInForceOnTheOther(QuickStart cluster) throws Exception {
        String admin = cluster.token("admin", "admin");
        JsonObject inForce = versions(cluster, 1, admin).stream()
                .filter(v -> v.getString("status").equals("IN_FORCE")).findFirst().orElseThrow();
        byte[] zip = SdnVersionFiles.of(inForce.getString("version")).copy()
                .withEntity("99000017", "CLUSTER TEST SHIPPING " + tag.toUpperCase(), "DPRK3").zip();
        HttpResponse<String> stored = Http.send("POST", cluster.nodeApiUrl(1) + SDN + "?version=2026-12-07", admin,
                "application/zip", zip);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        HttpResponse<String> activated = Http.send("POST", cluster.nodeApiUrl(1) + SDN + "/"
                + json(stored.body()).getString("versionId") + "/activate", admin, null, null);
        assertThat(activated.statusCode()).as(activated.body()).isEqualTo(202);
        Instant activatedAt = Instant.now();

        Instant deadline = activatedAt.plus(Duration.ofSeconds(90));
        while (!Http.get(cluster.nodeManagementUrl(2) + "/metrics").body()
                .contains("list=\"us-ofac-sdn\",version=\"2026-12-07\"")) {
            assertThat(Instant.now()).as("node 2 still screens with the earlier version").isBefore(deadline);
            Thread.sleep(250);
        }
        System.out.printf("[phase] cluster: a version put in force on node 1 was in force on node 2 %.1f s later%n",
                Duration.between(activatedAt, Instant.now()).toMillis() / 1000.0);
        String hit = screen(cluster.nodeApiUrl(2), cluster.serviceToken(), "listed-" + tag,
                "Cluster Test Shipping " + tag).body();
        assertThat(json(hit).getString("outcome")).as("node 2 screens with the new entry").isEqualTo("HIT");
    }

    /**
     * Sessions are not replicated (the browser's UI state lives in the node that served it): the balancer keeps a
     * browser on its node by the session cookie's route, and when that node is lost the browser is sent to sign in
     * again, which Keycloak's own session answers without a password.
     */
    private void aBrowserWhoseNodeIsLostIsSignedInAgainOnTheOther(QuickStart cluster, String service) throws Exception {
        String balancer = cluster.apiUrl().replace("/api", "");
        KeycloakServer.allowWebClientRedirects(cluster.keycloakUrl(), cluster.keycloakAdminToken(), balancer);
        try (Browser browser = Browser.open()) {
            browser.signInAt(balancer, "analyst", "/analyst/queue");
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertThat(session).as("the session cookie").isNotNull();
            int node = session.getValue().endsWith(".node1") ? 1 : 2;
            assertThat(session.getValue()).as("the route the balancer sticks to").endsWith(".node" + node);

            List<Sent> sent = screenWhileKilling(cluster, service, node);
            browser.driver().get(balancer + "/analyst/queue");
            browser.visible("current-user");
            assertThat(browser.driver().manage().getCookieNamed("JSESSIONID").getValue())
                    .as("signed in again on the other node").endsWith(".node" + (3 - node));
            assertThat(browser.all(By.cssSelector("body")).get(0).getText()).doesNotContain("Error", "500");
            browser.screenshot("cluster-signed-in-again-after-node-loss.png");

            everyAnsweredScreeningHasOneCaseAndRetriesMakeNoSecond(cluster, service, sent);
            cluster.startNode(node);
            HttpResponse<String> after = screen(cluster.nodeApiUrl(node), service, "back-" + tag, "Quillon Varnaby");
            assertThat(after.statusCode()).as("node %d answers again: %s", node, after.body()).isEqualTo(201);
        }
    }

    /** Four clients screen listed parties through the balancer; the node is killed after the first few answers. */
    private List<Sent> screenWhileKilling(QuickStart cluster, String service, int node) throws Exception {
        ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
        AtomicInteger sequence = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            // a connection pool each: the balancer gives each connection a node, so both nodes take traffic
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            clients.submit(() -> {
                while (!stop.get()) {
                    int n = sequence.incrementAndGet();
                    String key = "kill-" + tag + "-" + n;
                    String reference = "CL-" + tag + "-" + n;
                    try {
                        sent.add(new Sent(key, reference, client.send(request(cluster.apiUrl(), service, key, KOMID,
                                reference), HttpResponse.BodyHandlers.ofString()).statusCode()));
                    } catch (IOException | InterruptedException e) {
                        sent.add(new Sent(key, reference, 0));
                    }
                }
                return null;
            });
        }
        while (sent.stream().filter(s -> s.status() == 201).count() < 20) {
            Thread.sleep(50);
        }
        assertThat(screenings(cluster, node, "hit")).as("hits node %d answered before it was killed", node)
                .isGreaterThan(0);
        cluster.killNode(node);
        Instant killed = Instant.now();
        Thread.sleep(15_000);
        stop.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        long after = sent.stream().filter(s -> s.status() == 201).count();
        System.out.printf("[phase] cluster: node %d killed; %d screenings sent, %d answered 201, %d failed%n", node,
                sent.size(), after, sent.stream().filter(s -> s.status() != 201).count());
        assertThat(Duration.between(killed, Instant.now())).isGreaterThan(Duration.ofSeconds(10));
        return new ArrayList<>(sent);
    }

    private void everyAnsweredScreeningHasOneCaseAndRetriesMakeNoSecond(QuickStart cluster, String service,
                                                                         List<Sent> sent) throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Sent screening : sent) {
            HttpResponse<String> retry = screen(cluster.apiUrl(), service, screening.key(), KOMID,
                    screening.reference());
            boolean acknowledgedBefore = screening.status() == 201;
            if (acknowledgedBefore ? retry.statusCode() != 200 : retry.statusCode() != 200 && retry.statusCode() != 201) {
                wrong.add(screening.key() + " (first " + screening.status() + ") -> " + retry.statusCode());
            }
        }
        assertThat(wrong).as("retries with the idempotency key").isEmpty();
        try (var db = DriverManager.getConnection(cluster.databaseUrl(), "postgres", "postgres");
             var statement = db.prepareStatement("SELECT party_reference, count(*) FROM screening_case"
                     + " WHERE party_reference LIKE ? GROUP BY party_reference HAVING count(*) <> 1")) {
            statement.setString(1, "CL-" + tag + "-%");
            try (var rows = statement.executeQuery()) {
                List<String> notOne = new ArrayList<>();
                while (rows.next()) {
                    notOne.add(rows.getString(1) + ": " + rows.getLong(2));
                }
                assertThat(notOne).as("references without exactly one case").isEmpty();
            }
        }
    }

    /** The node's own count of screenings answered with that outcome, from its metrics. */
    private static double screenings(QuickStart cluster, int node, String outcome)
            throws IOException, InterruptedException {
        return PrometheusText.value(Http.get(cluster.nodeManagementUrl(node) + "/metrics").body(),
                "interdict_screenings_total", "channel=\"party\"", "outcome=\"" + outcome + "\"");
    }

    private static List<JsonObject> versions(QuickStart cluster, int node, String token) throws Exception {
        HttpResponse<String> response = Http.get(cluster.nodeApiUrl(node) + SDN, "Authorization", "Bearer " + token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }

    private static HttpResponse<String> screen(String apiUrl, String token, String key, String name)
            throws IOException, InterruptedException {
        return screen(apiUrl, token, key, name, null);
    }

    private static HttpResponse<String> screen(String apiUrl, String token, String key, String name, String reference)
            throws IOException, InterruptedException {
        return HTTP.send(request(apiUrl, token, key, name, reference), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(String apiUrl, String token, String key, String name, String reference) {
        String party = reference == null ? "{\"name\": \"%s\"}".formatted(name)
                : "{\"name\": \"%s\", \"type\": \"entity\", \"reference\": \"%s\"}".formatted(name, reference);
        return HttpRequest.newBuilder(URI.create(apiUrl + "/screenings")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(party)).build();
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
