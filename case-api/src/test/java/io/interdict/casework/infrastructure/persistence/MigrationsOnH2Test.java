package io.interdict.casework.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.interdict.casework.domain.model.audit.AuditEvent;
import io.interdict.casework.domain.model.batch.BatchItem;
import io.interdict.casework.domain.model.batch.RejectedRow;
import io.interdict.casework.domain.model.batch.ScreeningBatch;
import io.interdict.casework.domain.model.cases.Alert;
import io.interdict.casework.domain.model.cases.Comment;
import io.interdict.casework.domain.model.cases.Decision;
import io.interdict.casework.domain.model.cases.ScreeningCase;
import io.interdict.casework.domain.model.screening.ScreeningRequest;
import io.interdict.casework.domain.model.suppression.AcceptedFalseHit;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The persistence tests outside the server run on an in-memory H2 (the server itself runs on PostgreSQL only, which
 * the integration tests cover): every migration must apply there too, and the entities must map onto the tables the
 * migrations create - Hibernate never creates them itself.
 */
class MigrationsOnH2Test {

    private static final String URL = "jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1";

    @BeforeAll
    static void migrate() {
        var dataSource = new org.h2.jdbcx.JdbcDataSource();
        dataSource.setURL(URL);
        dataSource.setUser("sa");
        var result = Flyway.configure().dataSource(dataSource)
                .locations(MigrationLocations.forDatabase(dataSource)).load().migrate();
        assertThat(result.success).isTrue();
        assertThat(result.targetSchemaVersion).isEqualTo("12");
    }

    @Test
    void everyMigrationAppliesAndCreatesTheCaseworkTables() throws Exception {
        try (Connection connection = DriverManager.getConnection(URL, "sa", "")) {
            assertThat(tables(connection)).contains("AUDIT_EVENT", "AUDIT_CHAIN_HEAD", "SCREENING_REQUEST",
                    "SCREENING_CASE", "ALERT", "CASE_DECISION", "CASE_COMMENT", "ACCEPTED_FALSE_HIT",
                    "SCREENING_BATCH", "BATCH_ITEM", "BATCH_REJECTED_ROW");
            try (ResultSet head = connection.createStatement()
                    .executeQuery("SELECT last_sequence FROM audit_chain_head WHERE id = 1")) {
                assertThat(head.next()).isTrue();
                assertThat(head.getLong(1)).isZero();
            }
        }
    }

    @Test
    void theEntitiesMapOntoTheMigratedSchema() {
        Configuration configuration = new Configuration()
                .setProperty("hibernate.connection.url", URL)
                .setProperty("hibernate.connection.username", "sa")
                .setProperty("hibernate.connection.password", "")
                .setProperty("hibernate.hbm2ddl.auto", "validate");
        List.of(AuditEvent.class, ScreeningCase.class, Alert.class, Decision.class, Comment.class,
                ScreeningRequest.class, AcceptedFalseHit.class,
                ScreeningBatch.class, BatchItem.class, RejectedRow.class).forEach(configuration::addAnnotatedClass);

        assertThatCode(() -> configuration.buildSessionFactory().close()).doesNotThrowAnyException();
    }

    private static List<String> tables(Connection connection) throws Exception {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
