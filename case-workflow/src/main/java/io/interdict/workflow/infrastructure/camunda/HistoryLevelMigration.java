package io.interdict.workflow.infrastructure.camunda;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.history.HistoryLevel;

/**
 * Moves a database that Camunda wrote at its {@code full} history level to {@link CaseworkHistoryLevel}, before the
 * engine starts on it. The engine records its level in {@code ACT_GE_PROPERTY} and refuses to start at another
 * one; going from {@code full} to the casework level only stops variable history from being written, and the
 * history already written stays, so the recorded level can simply be changed. Any other recorded level is left
 * alone, and the engine's own check then reports the mismatch.
 */
final class HistoryLevelMigration {

    private static final Logger LOG = Logger.getLogger(HistoryLevelMigration.class.getName());

    private HistoryLevelMigration() {
    }

    /** Answers whether the recorded level was changed. */
    static boolean fromFullToCasework(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String table = propertyTable(connection.getMetaData());
            if (table == null) {
                return false; // a new database: the engine records the casework level itself
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + table
                    + " SET VALUE_ = ?, REV_ = REV_ + 1 WHERE NAME_ = 'historyLevel' AND VALUE_ = ?")) {
                update.setString(1, Integer.toString(CaseworkHistoryLevel.ID));
                update.setString(2, Integer.toString(HistoryLevel.HISTORY_LEVEL_FULL.getId()));
                boolean changed = update.executeUpdate() == 1;
                if (changed) {
                    LOG.info("Workflow history level changed from 'full' to '" + CaseworkHistoryLevel.NAME
                            + "': variable changes are no longer copied into Camunda's history tables");
                }
                return changed;
            }
        }
    }

    /** The property table as the database spells it (PostgreSQL folds to lower case, H2 to upper). */
    private static String propertyTable(DatabaseMetaData metaData) throws SQLException {
        for (String name : new String[] {"act_ge_property", "ACT_GE_PROPERTY"}) {
            try (ResultSet tables = metaData.getTables(null, null, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return name;
                }
            }
        }
        return null;
    }
}
