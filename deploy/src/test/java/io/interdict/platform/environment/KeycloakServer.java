package io.interdict.platform.environment;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak for the test run: the distribution that Maven unpacked (keycloak.home), started in
 * development mode with an in-memory database on free ports and the repository's realm imported, so
 * each run starts from exactly the realm in {@code deploy/src/main/keycloak}.
 */
public final class KeycloakServer implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);

    private final Process process;
    private final int httpPort;
    private final String adminPassword;

    private KeycloakServer(Process process, int httpPort, String adminPassword) {
        this.process = process;
        this.httpPort = httpPort;
        this.adminPassword = adminPassword;
    }

    public static KeycloakServer start(Path home, Path realmFile, Path logFile) throws IOException, InterruptedException {
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution at " + home + " (mvn package unpacks it)");
        }
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Files.copy(realmFile, imports.resolve("interdict-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(logFile.getParent());

        int httpPort = FreePorts.port();
        int managementPort = FreePorts.port();
        String adminPassword = UUID.randomUUID().toString();
        var builder = new ProcessBuilder("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--db=dev-mem", "--health-enabled=true", "--import-realm",
                "--http-port=" + httpPort, "--http-management-port=" + managementPort)
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
        var server = new KeycloakServer(builder.start(), httpPort, adminPassword);
        server.awaitReady(managementPort, logFile);
        return server;
    }

    /** Base URL, e.g. {@code http://localhost:34567}; tokens name it as their issuer, so always "localhost". */
    public String url() {
        return "http://localhost:" + httpPort;
    }

    public String realmUrl() {
        return url() + "/realms/interdict";
    }

    /** A token of Keycloak's bootstrap administrator, for the admin REST API. */
    public String adminToken() throws IOException, InterruptedException {
        var response = Http.postForm(url() + "/realms/master/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", adminPassword));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("admin token: " + response.body());
        }
        return Http.json(response).getString("access_token");
    }

    /**
     * Registers a server under test with the web client, as an operator registers a new deployment: the
     * realm in the repository only lists the run script's http://localhost:8080, and the tests' WildFly
     * listens on whatever ports were free.
     */
    public void allowWebClientRedirectsTo(String serverUrl) throws IOException, InterruptedException {
        allowWebClientRedirects(url(), adminToken(), serverUrl);
    }

    /** The same for any Keycloak, given its base URL and a token of its administrator (realm master). */
    public static void allowWebClientRedirects(String keycloakUrl, String token, String serverUrl)
            throws IOException, InterruptedException {
        String clients = keycloakUrl + "/admin/realms/interdict/clients";
        var found = Http.get(clients + "?clientId=interdict-web", "Authorization", "Bearer " + token);
        JsonObject client = Json.createReader(new java.io.StringReader(found.body())).readArray().getJsonObject(0);
        var redirects = Json.createArrayBuilder(client.getJsonArray("redirectUris")).add(serverUrl + "/*").build();
        var attributes = Json.createObjectBuilder(client.getJsonObject("attributes"))
                .add("post.logout.redirect.uris", client.getJsonObject("attributes").getString("post.logout.redirect.uris", "")
                        + "##" + serverUrl + "/*")
                .build();
        JsonObject updated = Json.createObjectBuilder(client).add("redirectUris", redirects).add("attributes", attributes).build();
        var response = Http.put(clients + "/" + ((JsonString) client.get("id")).getString(), token, updated.toString());
        if (response.statusCode() != 204) {
            throw new IllegalStateException("could not register " + serverUrl + ": " + response.statusCode() + " " + response.body());
        }
    }

    private void awaitReady(int managementPort, Path logFile) throws InterruptedException {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var ready = HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + ", see " + logFile);
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep polling until the deadline
            }
            Thread.sleep(1000);
        }
        close();
        throw new IllegalStateException("Keycloak not ready within " + STARTUP_TIMEOUT + ", see " + logFile);
    }

    @Override
    public void close() throws InterruptedException {
        // kc.sh runs Keycloak's JVM as a child: stop it too, or it outlives the test run
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
