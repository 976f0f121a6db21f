package io.interdict.casework.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Where the migrations for a database are: the portable ones, plus the folder of what only that database can run
 * (PostgreSQL's append-only trigger on the audit trail). Each vendor folder holds the same version numbers.
 */
public final class MigrationLocations {

    private MigrationLocations() {
    }

    public static String[] forDatabase(DataSource dataSource) {
        return new String[] {"classpath:db/migration", "classpath:db/vendor/" + vendorOf(dataSource)};
    }

    static String vendorOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgres")) {
                return "postgresql";
            }
            if (product.contains("h2")) {
                return "h2";
            }
            throw new IllegalStateException("Interdict runs on PostgreSQL or H2, not on " + product);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the application database to migrate it", e);
        }
    }
}
