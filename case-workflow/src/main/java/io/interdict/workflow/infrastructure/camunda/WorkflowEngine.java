package io.interdict.workflow.infrastructure.camunda;

import io.interdict.casework.infrastructure.persistence.InterdictDataSource;
import io.interdict.casework.infrastructure.persistence.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.transaction.TransactionManager;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.cdi.CdiJtaProcessEngineConfiguration;
import org.camunda.bpm.engine.cdi.impl.ManagedJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * Starts the Camunda 7 engine inside the application, on the application's own datasource and WildFly's
 * transaction manager, so process state commits or rolls back together with casework data.
 *
 * <p>The engine is registered with Camunda's runtime container so that the CDI integration
 * ({@code @Inject RuntimeService}, {@code ${bean.method()}} expressions) finds it as the default engine,
 * and unregistered on undeploy, or a redeploy would find a stale engine under the same name.
 */
@Singleton
@Startup
// Written once while starting, only read afterwards: no container lock. With the default write lock a
// readiness probe arriving during a slow start holds the lock while it waits, and the beans that depend
// on this one time out (WFLYEJB0241).
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@DependsOn("SchemaMigration")
// Camunda's JTA interceptor opens its own transactions for schema creation and job acquisition.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WorkflowEngine {

    public static final String ENGINE_NAME = "default";

    private static final Logger LOG = Logger.getLogger(WorkflowEngine.class.getName());

    @Resource(lookup = InterdictDataSource.JNDI_NAME)
    DataSource dataSource;

    @Resource(lookup = "java:jboss/TransactionManager")
    TransactionManager transactionManager;

    /** Job execution runs on the server's managed threads, which carry the CDI and naming context. */
    @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
    ManagedExecutorService executor;

    private volatile ProcessEngine engine;

    @PostConstruct
    void start() {
        try {
            HistoryLevelMigration.fromFullToCasework(dataSource);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read or change the workflow history level: " + e.getMessage(), e);
        }
        var configuration = new CdiJtaProcessEngineConfiguration();
        configuration.setProcessEngineName(ENGINE_NAME);
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        // Camunda's full history without copies of variable changes (see CaseworkHistoryLevel)
        configuration.setCustomHistoryLevels(List.of(new CaseworkHistoryLevel()));
        configuration.setHistory(CaseworkHistoryLevel.NAME);
        // Ids made in memory. The default takes blocks of ids from the database in a transaction of its own, on a
        // second connection, while the caller holds one: with every pooled connection held by requests that wait
        // for a new id block, the block can never be fetched (seen under load: requests stalled until time-out).
        configuration.setIdGenerator(new StrongUuidGenerator());
        // Decision tables: JUEL and the Java FEEL engine, both of which keep parsed expressions (see case-priority.dmn)
        configuration.setDmnFeelEnableLegacyBehavior(true);
        configuration.setJobExecutor(new ManagedJobExecutor(executor));
        configuration.setJobExecutorActivate(true);
        engine = configuration.buildProcessEngine();
        RuntimeContainerDelegate.INSTANCE.get().registerProcessEngine(engine);
        LOG.info(() -> "Workflow engine '" + ENGINE_NAME + "' started on " + configuration.getDatabaseType()
                + ", history " + configuration.getHistory());
    }

    @PreDestroy
    void stop() {
        if (engine != null) {
            RuntimeContainerDelegate.INSTANCE.get().unregisterProcessEngine(engine);
            engine.close();
        }
    }

    public ProcessEngine engine() {
        return engine;
    }
}
