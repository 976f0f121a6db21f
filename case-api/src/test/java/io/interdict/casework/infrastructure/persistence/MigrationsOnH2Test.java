package io.interdict.casework.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.flywaydb.core.Flyway;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

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
        assertThat(result.targetSchemaVersion).isEqualTo("24");
    }

    @Test
    void everyMigrationAppliesAndCreatesTheCaseworkTables() throws Exception {
        try (Connection connection = DriverManager.getConnection(URL, "sa", "")) {
            assertThat(tables(connection)).contains("AUDIT_EVENT", "AUDIT_CHAIN_HEAD", "SCREENING_REQUEST",
                    "SCREENING_CASE", "ALERT", "CASE_DECISION", "CASE_COMMENT", "ACCEPTED_FALSE_HIT",
                    "SCREENING_BATCH", "BATCH_ITEM", "BATCH_REJECTED_ROW", "LIST_VERSION", "LIST_VERSION_CONTENT",
                    "LIST_ENTRY_CHANGE", "RESCREENING", "RESCREENING_ITEM", "OWNERSHIP_LOAD",
                    "OWNERSHIP_LINK");
            try (ResultSet head = connection.createStatement()
                    .executeQuery("SELECT last_sequence FROM audit_chain_head WHERE id = 1")) {
                assertThat(head.next()).isTrue();
                assertThat(head.getLong(1)).isZero();
            }
        }
    }

    @Test
    void theEntitiesMapOntoTheMigratedSchema() throws Exception {
        Configuration configuration = new Configuration()
                .setProperty("hibernate.connection.url", URL)
                .setProperty("hibernate.connection.username", "sa")
                .setProperty("hibernate.connection.password", "")
                .setProperty("hibernate.hbm2ddl.auto", "validate");
        for (Class<?> listed : persistenceUnitClasses()) {
            if (listed.isAnnotationPresent(Converter.class)) {
                configuration.addAttributeConverter(converter(listed));
            } else {
                configuration.addAnnotatedClass(listed);
            }
        }

        assertThatCode(() -> configuration.buildSessionFactory().close()).doesNotThrowAnyException();
    }

    @SuppressWarnings("unchecked") // checked: the class is annotated as a converter
    private static Class<? extends AttributeConverter<?, ?>> converter(Class<?> listed) {
        return (Class<? extends AttributeConverter<?, ?>>) listed.asSubclass(AttributeConverter.class);
    }

    /** The classes the server's persistence unit lists: what is checked is what the server maps. */
    private static List<Class<?>> persistenceUnitClasses() throws Exception {
        List<Class<?>> classes = new ArrayList<>();
        try (InputStream xml = MigrationsOnH2Test.class.getResourceAsStream("/META-INF/persistence.xml")) {
            NodeList listed = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml)
                    .getElementsByTagName("class");
            for (int i = 0; i < listed.getLength(); i++) {
                classes.add(Class.forName(listed.item(i).getTextContent().strip()));
            }
        }
        assertThat(classes).as("the persistence unit lists its classes").hasSizeGreaterThan(5);
        return classes;
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
