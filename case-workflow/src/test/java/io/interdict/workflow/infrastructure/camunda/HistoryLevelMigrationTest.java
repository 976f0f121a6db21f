package io.interdict.workflow.infrastructure.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** A database the engine wrote at Camunda's full level starts at the casework level once migrated, and only then. */
class HistoryLevelMigrationTest {

    private static JdbcDataSource database(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        return dataSource;
    }

    private static ProcessEngine engine(JdbcDataSource dataSource, String history) {
        var configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("history-level-" + System.nanoTime());
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setJobExecutorActivate(false);
        configuration.setCustomHistoryLevels(List.of(new CaseworkHistoryLevel()));
        configuration.setHistory(history);
        return configuration.buildProcessEngine();
    }

    @Test
    void aDatabaseWrittenAtFullHistoryStartsAtTheCaseworkLevelAfterMigration() throws Exception {
        JdbcDataSource dataSource = database("full-then-casework");
        engine(dataSource, ProcessEngineConfiguration.HISTORY_FULL).close();

        assertThat(HistoryLevelMigration.fromFullToCasework(dataSource)).isTrue();

        ProcessEngine engine = engine(dataSource, CaseworkHistoryLevel.NAME);
        try {
            assertThat(engine.getManagementService().getProperties()).containsEntry("historyLevel", "30");
        } finally {
            engine.close();
        }
        assertThat(HistoryLevelMigration.fromFullToCasework(dataSource)).as("a second start changes nothing").isFalse();
    }

    @Test
    void withoutTheMigrationTheEngineRefusesTheDatabase() {
        JdbcDataSource dataSource = database("full-only");
        engine(dataSource, ProcessEngineConfiguration.HISTORY_FULL).close();

        assertThatThrownBy(() -> engine(dataSource, CaseworkHistoryLevel.NAME)).hasMessageContaining("historyLevel");
    }

    @Test
    void aNewDatabaseIsLeftToTheEngine() throws Exception {
        assertThat(HistoryLevelMigration.fromFullToCasework(database("empty"))).isFalse();
    }

    @Test
    void aDatabaseAtAnotherLevelIsNotChanged() throws Exception {
        JdbcDataSource dataSource = database("audit-level");
        engine(dataSource, ProcessEngineConfiguration.HISTORY_AUDIT).close();

        assertThat(HistoryLevelMigration.fromFullToCasework(dataSource)).isFalse();
    }
}
