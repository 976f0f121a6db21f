package io.interdict.platform.environment;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts what the server under test talks to — a PostgreSQL database and Keycloak — once per test run,
 * before Arquillian starts WildFly, and tears them down when the run ends (JUnit closes values in the
 * root store after the last test, after Arquillian has stopped the server).
 *
 * <p>Hands their coordinates to Arquillian as system properties that {@code arquillian.xml} puts on the
 * server's command line; Arquillian reads that file when its own extension first runs, which is why
 * {@link PlatformTest} registers this extension first.
 */
public final class TestEnvironment implements BeforeAllCallback {

    private static volatile Services services;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Services.class, key -> Services.start(), Services.class);
    }

    public static TestDatabase database() {
        return running().database;
    }

    public static KeycloakServer keycloak() {
        return running().keycloak;
    }

    /** Where the server under test answers HTTP (8080 + the port offset chosen at start). */
    public static String serverUrl() {
        return "http://localhost:" + (8080 + running().portOffset);
    }

    /** WildFly's management interface, which also serves {@code /health}. */
    public static String managementUrl() {
        return "http://localhost:" + (9990 + running().portOffset);
    }

    public static Path outputDirectory() {
        return Path.of(System.getProperty("interdict.it.output", "target/it"));
    }

    private static Services running() {
        if (services == null) {
            throw new IllegalStateException("Test environment not started: annotate the test class with @PlatformTest");
        }
        return services;
    }

    static final class Services implements AutoCloseable {
        final TestDatabase database;
        final KeycloakServer keycloak;
        final int portOffset;

        private Services(TestDatabase database, KeycloakServer keycloak, int portOffset) {
            this.database = database;
            this.keycloak = keycloak;
            this.portOffset = portOffset;
        }

        static Services start() {
            Instant begin = Instant.now();
            var database = TestDatabase.create();
            try {
                var keycloak = KeycloakServer.start(Path.of(System.getProperty("keycloak.home")),
                        Path.of(System.getProperty("keycloak.realm.file")), outputDirectory().resolve("keycloak.log"));
                System.setProperty("it.db.url", database.jdbcUrl());
                System.setProperty("it.db.user", database.user());
                System.setProperty("it.db.password", database.password());
                System.setProperty("it.keycloak.url", keycloak.url());
                int portOffset = FreePorts.wildFlyOffset();
                System.setProperty("it.wildfly.port.offset", String.valueOf(portOffset));
                System.setProperty("it.wildfly.management.port", String.valueOf(9990 + portOffset));
                keycloak.allowWebClientRedirectsTo("http://localhost:" + (8080 + portOffset));
                System.out.printf("[phase] test environment: PostgreSQL database %s, Keycloak at %s, WildFly to come"
                        + " at port offset %d; ready in %d s%n", database.name(), keycloak.url(), portOffset,
                        Duration.between(begin, Instant.now()).toSeconds());
                services = new Services(database, keycloak, portOffset);
                return services;
            } catch (Exception e) {
                try {
                    database.close();
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw new IllegalStateException("Could not start the test environment", e);
            }
        }

        @Override
        public void close() throws Exception {
            try {
                keycloak.close();
            } finally {
                database.close();
                services = null;
            }
        }
    }
}
