package io.interdict.platform.quickstart;

import io.interdict.platform.environment.FreePorts;
import io.interdict.platform.environment.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The platform as a new user starts it: {@code bin/interdict run} with the README's defaults (its own PostgreSQL,
 * Keycloak, WildFly), in a run directory of its own and on free ports, so that it never meets a platform a developer
 * runs on the standard ones. The build the test phase has just made is used as it is.
 */
final class QuickStart implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);

    private final Path root;
    private final Path runDir;
    /** 1: one WildFly; 2: {@code run --nodes 2}, two nodes behind a balancer at the offset. */
    private final int nodes;
    private final int portOffset;
    private final int keycloakPort;
    private final int keycloakManagementPort;
    private final int databasePort;
    /** Keycloak's bootstrap administrator, created at the first start of a fresh run directory only. */
    private final String keycloakAdminPassword = UUID.randomUUID().toString();
    private Process run;
    private int starts;

    private QuickStart(Path root, Path runDir, int nodes) {
        this.root = root;
        this.runDir = runDir;
        this.nodes = nodes;
        this.portOffset = FreePorts.wildFlyOffset(nodes == 1 ? 1 : nodes + 1);
        this.keycloakPort = FreePorts.port();
        this.keycloakManagementPort = FreePorts.port();
        this.databasePort = FreePorts.port();
    }

    /** A quick start whose run directory (and so database) is new. */
    static QuickStart fresh(Path root, Path runDir) throws IOException {
        return fresh(root, runDir, 1);
    }

    /** A quick start of {@code nodes} WildFly nodes ({@code run --nodes 2}) whose run directory is new. */
    static QuickStart fresh(Path root, Path runDir, int nodes) throws IOException {
        deleteTree(runDir);
        Files.createDirectories(runDir);
        return new QuickStart(root, runDir, nodes);
    }

    /** Runs {@code bin/interdict run} and waits until it says the platform is up. */
    void start() throws IOException, InterruptedException {
        starts++;
        Path console = runDir.resolve("console-" + starts + ".log");
        var builder = new ProcessBuilder(root.resolve("bin/interdict").toString(), "run", "--nodes",
                String.valueOf(nodes))
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(console.toFile());
        run = configured(builder).start();
        awaitLine(console, "Interdict is up", run);
    }

    /** The environment every command of this quick start runs with: its run directory, ports and Keycloak. */
    private ProcessBuilder configured(ProcessBuilder builder) {
        Map<String, String> env = builder.environment();
        env.remove("INTERDICT_DB_URL");
        env.remove("INTERDICT_KEYCLOAK_DB_URL");
        env.remove("INTERDICT_KEYCLOAK_RESET");
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", keycloakAdminPassword);
        env.put("INTERDICT_RUN_DIR", runDir.toString());
        env.put("INTERDICT_SKIP_BUILD", "true");
        env.put("INTERDICT_PORT_OFFSET", String.valueOf(portOffset));
        env.put("INTERDICT_KEYCLOAK_PORT", String.valueOf(keycloakPort));
        env.put("INTERDICT_KEYCLOAK_MANAGEMENT_PORT", String.valueOf(keycloakManagementPort));
        env.put("INTERDICT_PG_PORT", String.valueOf(databasePort));
        env.put("INTERDICT_SERVER_HEAP", "-Xms512m -Xmx1536m");
        env.put("INTERDICT_KEYCLOAK_HOME", System.getProperty("keycloak.home"));
        env.put("INTERDICT_LISTS_DIR", System.getProperty("interdict.lists.dir"));
        return builder;
    }

    private static void awaitLine(Path console, String line, Process process) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!Files.readString(console).contains(line)) {
            if (!process.isAlive() && !Files.readString(console).contains(line)) {
                throw new IllegalStateException("bin/interdict exited with " + process.exitValue() + ":\n"
                        + tail(console));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("not '" + line + "' after " + START_TIMEOUT + ":\n" + tail(console));
            }
            Thread.sleep(500);
        }
    }

    /** Kills node {@code n} of the cluster as hard as a power cut would; the rest goes on. */
    void killNode(int n) throws IOException {
        long pid = Long.parseLong(Files.readString(runDir.resolve("node" + n + ".pid")).strip());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }

    /** {@code bin/interdict start-node n}, as an operator brings a lost node back. */
    void startNode(int n) throws IOException, InterruptedException {
        Path console = runDir.resolve("start-node" + n + "-" + (++starts) + ".log");
        Process process = configured(new ProcessBuilder(root.resolve("bin/interdict").toString(), "start-node",
                String.valueOf(n)).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(console.toFile())).start();
        if (!process.waitFor(START_TIMEOUT.toMinutes(), TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("bin/interdict start-node " + n + " failed:\n" + tail(console));
        }
    }

    /** A node's own address, past the balancer. */
    String nodeApiUrl(int n) {
        return "http://localhost:" + (8080 + portOffset + n) + "/api";
    }

    /** A node's management interface (health, metrics). */
    String nodeManagementUrl(int n) {
        return "http://localhost:" + (9990 + portOffset + n);
    }

    /** Kills the one WildFly as hard as a power cut would, and waits until the run command has stopped the rest. */
    void killServer() throws IOException, InterruptedException {
        long pid = Long.parseLong(Files.readString(runDir.resolve("wildfly.pid")).strip());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        awaitRunEnd();
    }

    /** {@code bin/interdict stop}, as a user stops the platform from another terminal. */
    void stop() throws IOException, InterruptedException {
        var stop = new ProcessBuilder(root.resolve("bin/interdict").toString(), "stop")
                .directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(runDir.resolve("stop.log").toFile()));
        stop.environment().put("INTERDICT_RUN_DIR", runDir.toString());
        stop.environment().put("INTERDICT_PG_PORT", String.valueOf(databasePort));
        stop.start().waitFor(3, TimeUnit.MINUTES);
        awaitRunEnd();
    }

    private void awaitRunEnd() throws InterruptedException {
        if (run != null && !run.waitFor(3, TimeUnit.MINUTES)) {
            run.destroyForcibly();
        }
    }

    String apiUrl() {
        return "http://localhost:" + (8080 + portOffset) + "/api";
    }

    /** A demo user's token, by the command-line client's password grant. */
    String token(String username, String password) throws IOException, InterruptedException {
        return issued(Map.of("grant_type", "password", "client_id", "interdict-cli", "username", username,
                "password", password));
    }

    /** The screening system's token, by its client credentials. */
    String serviceToken() throws IOException, InterruptedException {
        return issued(Map.of("grant_type", "client_credentials", "client_id", "interdict-screening-service",
                "client_secret", "interdict-screening-service-secret"));
    }

    /** A token of Keycloak's bootstrap administrator (realm master), for Keycloak's admin API. */
    String keycloakAdminToken() throws IOException, InterruptedException {
        var response = Http.postForm(keycloakUrl() + "/realms/master/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", "admin-cli", "username", "admin",
                "password", keycloakAdminPassword));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no admin token: " + response.body());
        }
        return Http.json(response).getString("access_token");
    }

    private String issued(Map<String, String> form) throws IOException, InterruptedException {
        var response = Http.postForm(tokenUrl(), form);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token for " + form.get("client_id") + ": " + response.body());
        }
        return Http.json(response).getString("access_token");
    }

    String tokenUrl() {
        return keycloakUrl() + "/realms/interdict/protocol/openid-connect/token";
    }

    /** Keycloak's base URL, e.g. {@code http://localhost:34567}: the tokens' issuer, so always "localhost". */
    String keycloakUrl() {
        return "http://localhost:" + keycloakPort;
    }

    /** The password of Keycloak's bootstrap administrator {@code admin} (realm master, client admin-cli). */
    String keycloakAdminPassword() {
        return keycloakAdminPassword;
    }

    /** JDBC URL of the quick start's own database, for the test to count what it holds. */
    String databaseUrl() {
        return "jdbc:postgresql://127.0.0.1:" + databasePort + "/interdict";
    }

    Path runDir() {
        return runDir;
    }

    /** Stops the platform if it still runs, and removes the test's database where it lived outside the run folder. */
    @Override
    public void close() throws Exception {
        Path dataDirectory = Files.exists(runDir.resolve("postgres.datadir"))
                ? Path.of(Files.readString(runDir.resolve("postgres.datadir")).strip()) : null;
        if (run != null && run.isAlive()) {
            stop();
        }
        if (dataDirectory != null && !dataDirectory.startsWith(runDir)) {
            deleteTree(dataDirectory);
        }
    }

    private static String tail(Path file) throws IOException {
        String text = Files.readString(file);
        return text.substring(Math.max(0, text.length() - 4000));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
