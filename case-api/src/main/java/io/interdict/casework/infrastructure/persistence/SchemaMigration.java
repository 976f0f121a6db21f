package io.interdict.casework.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Brings the application schema up to date with the Flyway migrations in {@code db/migration} before
 * anything uses it. The schema is owned by these scripts, not by Hibernate, so that it is the same,
 * reviewed DDL on H2 and PostgreSQL and every change is recorded in {@code flyway_schema_history}.
 */
@Singleton
@Startup
// Written once while starting, only read afterwards: no container lock. With the default write lock a
// readiness probe arriving during a slow start holds the lock while it waits, and the beans that depend
// on this one time out (WFLYEJB0241).
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// Flyway commits each migration itself; a container transaction around it would forbid that.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = InterdictDataSource.JNDI_NAME)
    DataSource dataSource;

    private volatile String schemaVersion;

    @PostConstruct
    void migrate() {
        var flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(MigrationLocations.forDatabase(dataSource))
                // The batch subsystem (JBeret) creates its JOB_* tables in the same database when the server starts,
                // before this runs: a fresh database is then not empty, and Flyway would refuse it. Baselining at 0
                // still applies every migration from V1; a database that has our tables but no history still fails.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        var result = flyway.migrate();
        MigrationInfo current = flyway.info().current();
        schemaVersion = current == null ? "none" : current.getVersion().getVersion();
        LOG.info(() -> "Application schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now, database " + result.database + ")");
    }

    /** The schema version after start-up migration, e.g. {@code "1"}. */
    public String schemaVersion() {
        return schemaVersion;
    }
}
