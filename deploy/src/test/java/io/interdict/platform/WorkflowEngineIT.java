package io.interdict.platform;

import static io.interdict.platform.environment.TestEnvironment.managementUrl;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.platform.environment.DeployedApplication;
import io.interdict.platform.environment.Http;
import io.interdict.platform.environment.PlatformTest;
import io.interdict.platform.environment.TestEnvironment;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The server runs on PostgreSQL: Flyway's schema and the workflow engine's own tables are there. */
@PlatformTest
class WorkflowEngineIT extends DeployedApplication {

    @Test
    void engineIsUpOnPostgresqlWithItsJobExecutorRunning() throws Exception {
        JsonObject engine = readinessCheck("workflow-engine");

        assertThat(engine.getString("status")).isEqualTo("UP");
        var data = engine.getJsonObject("data");
        assertThat(data.getString("database")).isEqualTo("postgres");
        assertThat(data.getBoolean("jobExecutorActive")).isTrue();
        assertThat(data.getString("history")).isEqualTo("casework");
    }

    @Test
    void camundaTablesExistInTheTestDatabase() throws SQLException {
        try (var connection = TestEnvironment.database().connect(); var statement = connection.createStatement()) {
            var tables = statement.executeQuery("""
                    SELECT count(*) FROM information_schema.tables
                    WHERE table_schema = 'public' AND table_name LIKE 'act\\_%'""");
            tables.next();
            assertThat(tables.getInt(1)).isGreaterThanOrEqualTo(40);

            var history = statement.executeQuery("SELECT value_ FROM act_ge_property WHERE name_ = 'historyLevel'");
            assertThat(history.next()).isTrue();
            assertThat(history.getString(1)).isEqualTo("30"); // CaseworkHistoryLevel
        }
    }

    @Test
    void applicationSchemaIsCreatedByFlywayNotByHibernate() throws Exception {
        String reportedVersion = readinessCheck("database").getJsonObject("data").getString("schemaVersion");
        try (var connection = TestEnvironment.database().connect(); var statement = connection.createStatement()) {
            var history = statement.executeQuery("""
                    SELECT count(*) AS applied, bool_and(success) AS all_succeeded,
                           max(CAST(version AS INTEGER)) AS latest
                    FROM flyway_schema_history WHERE version IS NOT NULL""");
            history.next();
            assertThat(history.getInt("applied")).isGreaterThanOrEqualTo(1);
            assertThat(history.getBoolean("all_succeeded")).isTrue();
            assertThat(reportedVersion).isEqualTo(history.getString("latest"));

            var auditTrail = statement.executeQuery(
                    "SELECT count(*) FROM information_schema.tables WHERE table_name = 'audit_event'");
            auditTrail.next();
            assertThat(auditTrail.getInt(1)).isEqualTo(1);
        }
    }

    private static JsonObject readinessCheck(String name) throws Exception {
        var ready = Http.json(Http.get(managementUrl() + "/health/ready"));
        return ready.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no readiness check '" + name + "' in " + ready));
    }
}
