package io.interdict.casework;

import static io.interdict.platform.environment.TestEnvironment.serverUrl;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.platform.environment.Http;
import io.interdict.platform.environment.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The casework REST API as the tests call it: one token per demo user, JSON in and out. */
final class CaseworkApi {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, Issued> TOKENS = new HashMap<>();

    /** Stands for the screening system's client-credentials token where the tests name a user. */
    static final String SERVICE = "screening-service";

    private CaseworkApi() {
    }

    /**
     * The user's token, taken again after four minutes: the realm's tokens live five, and a long test (the bulk
     * export of ten thousand cases) must not leave the tests after it with expired ones.
     */
    static synchronized String token(String user) throws IOException, InterruptedException {
        Issued issued = TOKENS.get(user);
        if (issued == null || issued.at().isBefore(java.time.Instant.now().minus(Duration.ofMinutes(4)))) {
            issued = new Issued(SERVICE.equals(user) ? Tokens.forScreeningService() : Tokens.forUser(user, user),
                    java.time.Instant.now());
            TOKENS.put(user, issued);
        }
        return issued.token();
    }

    private record Issued(String token, java.time.Instant at) {
    }

    static HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
        return user == null ? Http.get(serverUrl() + path)
                : Http.get(serverUrl() + path, "Authorization", "Bearer " + token(user));
    }

    /** A download (a PDF, say), as bytes. */
    static HttpResponse<byte[]> download(String user, String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(serverUrl() + path)).timeout(Duration.ofSeconds(60)).GET()
                .header("Authorization", "Bearer " + token(user));
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<String> post(String user, String path, String json, String... headers)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(serverUrl() + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> put(String user, String path, String json) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(serverUrl() + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json));
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A body of any media type (a CSV batch, say); {@code user} null for an anonymous call. */
    static HttpResponse<String> upload(String user, String path, String contentType, byte[] body)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(serverUrl() + path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    static JsonArray array(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    /** The case's audit trail, as an auditor reads it: the case's events and those of its reports, oldest first. */
    static List<JsonObject> auditOf(String caseId) throws IOException, InterruptedException {
        HttpResponse<String> response = get("auditor", "/api/cases/" + caseId + "/audit");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return array(response).getValuesAs(JsonObject.class);
    }

    /** The chainer seals recorded events within a second or so; waits until none is left and answers the check. */
    static JsonObject awaitAllSealed() throws Exception {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
        while (true) {
            HttpResponse<String> verify = get("auditor", "/api/audit/verify");
            assertThat(verify.statusCode()).as(verify.body()).isEqualTo(200);
            JsonObject result = json(verify);
            if (result.getJsonNumber("eventsAwaitingSeal").longValue() == 0) {
                return result;
            }
            assertThat(java.time.Instant.now()).as("audit events still unsealed: %s", result).isBefore(deadline);
            Thread.sleep(200);
        }
    }

    static String party(String name, String reference) {
        return "{\"name\": \"" + name + "\", \"reference\": \"" + reference + "\"}";
    }

    static String triage(String decision, String rationale, String typeMismatch, String identifiers,
                         String severalSimilarities) {
        return """
                {"decision": "%s", "rationale": "%s", "checklist": {"onOfacList": "YES", "typeMismatch": "%s",
                 "onlyOneNameMatches": "NO", "identifiers": "%s", "severalSimilarities": "%s"}}
                """.formatted(decision, rationale, typeMismatch, identifiers, severalSimilarities);
    }

    static String escalate(String rationale) {
        return triage("ESCALATE", rationale, "NO", "AGREE", "YES");
    }

    static String falsePositive(String rationale) {
        return triage("FALSE_POSITIVE", rationale, "YES", "CONFLICT", "NO");
    }

    static String decision(String decision, String rationale) {
        return "{\"decision\": \"" + decision + "\", \"rationale\": \"" + rationale + "\"}";
    }
}
