package io.interdict.platform.quickstart;

import io.interdict.platform.environment.FreePorts;
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
    private final int portOffset;
    private final int keycloakPort;
    private final int keycloakManagementPort;
    private final int databasePort;
    /** Keycloak's bootstrap administrator, created at the first start of a fresh run directory only. */
    private final String keycloakAdminPassword = UUID.randomUUID().toString();
    private Process run;
    private int starts;

    private QuickStart(Path root, Path runDir) {
        this.root = root;
        this.runDir = runDir;
        this.portOffset = FreePorts.wildFlyOffset();
        this.keycloakPort = FreePorts.port();
        this.keycloakManagementPort = FreePorts.port();
        this.databasePort = FreePorts.port();
    }

    /** A quick start whose run directory (and so database) is new. */
    static QuickStart fresh(Path root, Path runDir) throws IOException {
        deleteTree(runDir);
        Files.createDirectories(runDir);
        return new QuickStart(root, runDir);
    }

    /** Runs {@code bin/interdict run} and waits until it says the platform is up. */
    void start() throws IOException, InterruptedException {
        starts++;
        Path console = runDir.resolve("console-" + starts + ".log");
        var builder = new ProcessBuilder(root.resolve("bin/interdict").toString(), "run")
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(console.toFile());
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
        run = builder.start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!Files.readString(console).contains("Interdict is up")) {
            if (!run.isAlive()) {
                throw new IllegalStateException("bin/interdict run exited with " + run.exitValue() + ":\n"
                        + tail(console));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("bin/interdict run not up after " + START_TIMEOUT + ":\n" + tail(console));
            }
            Thread.sleep(500);
        }
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
