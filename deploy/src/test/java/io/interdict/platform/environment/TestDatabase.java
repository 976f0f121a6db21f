package io.interdict.platform.environment;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A throw-away PostgreSQL database for one test run, on the server named by {@code PGHOST}/{@code PGPORT}
 * (default 127.0.0.1:5432, user {@code PGUSER} or postgres, password {@code PGPASSWORD}).
 *
 * <p>The tests never start PostgreSQL themselves: on a machine without one, {@code bin/interdict test}
 * starts a private server first and points {@code PGPORT} at it (PostgreSQL refuses to run as root, so
 * an embedded server inside this JVM would fail on our build machines). Only the database created here
 * is ever dropped.
 */
public final class TestDatabase implements AutoCloseable {

    private final String host = env("PGHOST", "127.0.0.1");
    private final String port = env("PGPORT", "5432");
    private final String user = env("PGUSER", "postgres");
    // never empty: WildFly refuses an empty datasource password; with trust authentication it is ignored
    private final String password = env("PGPASSWORD", "postgres");
    private final String name = "interdict_it_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"))
            + "_" + ProcessHandle.current().pid();

    private TestDatabase() {
    }

    public static TestDatabase create() {
        var database = new TestDatabase();
        try (var admin = database.connect("postgres"); var statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database.name);
        } catch (SQLException e) {
            throw new IllegalStateException("No PostgreSQL for the integration tests at " + database.host + ":"
                    + database.port + " (set PGHOST/PGPORT, or run the tests with bin/interdict test, which"
                    + " starts one when none answers)", e);
        }
        return database;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + (host.startsWith("/") ? "127.0.0.1" : host) + ":" + port + "/" + name;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String name() {
        return name;
    }

    /** A connection to the test database, for tests that look at what the server wrote. */
    public Connection connect() throws SQLException {
        return connect(name);
    }

    private Connection connect(String database) throws SQLException {
        String url = "jdbc:postgresql://" + (host.startsWith("/") ? "127.0.0.1" : host) + ":" + port + "/" + database;
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public void close() throws SQLException {
        try (var admin = connect("postgres"); var statement = admin.createStatement()) {
            // FORCE: a server that has not yet released its pool must not leave the database behind
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
