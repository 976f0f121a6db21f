package io.interdict.workflow.interfaces.health;

import io.interdict.workflow.infrastructure.camunda.WorkflowEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the workflow engine runs, can read its own tables and its job executor is active:
 * without the job executor, timers (report deadlines, SLAs) would silently stop firing.
 */
@Readiness
@ApplicationScoped
public class WorkflowEngineReadiness implements HealthCheck {

    @Inject
    WorkflowEngine workflow;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("workflow-engine");
        try {
            var engine = workflow.engine();
            var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
            var tables = engine.getManagementService().getTableCount();
            boolean jobExecutorActive = configuration.getJobExecutor().isActive();
            return response.status(jobExecutorActive && !tables.isEmpty())
                    .withData("engine", engine.getName())
                    .withData("database", configuration.getDatabaseType())
                    .withData("history", configuration.getHistory())
                    .withData("tables", tables.size())
                    .withData("jobExecutorActive", jobExecutorActive)
                    .build();
        } catch (RuntimeException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
