package io.interdict.workflow.infrastructure.camunda;

import io.interdict.casework.application.JobBacklog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ManagementService;

/** The job executor's backlog from the engine's job table, shared by every node of a cluster. */
@ApplicationScoped
public class CamundaJobBacklog implements JobBacklog.Source {

    @Inject
    WorkflowEngine workflow;

    @Override
    public JobBacklog now() {
        ManagementService jobs = workflow.engine().getManagementService();
        return new JobBacklog(jobs.createJobQuery().executable().count(), jobs.createJobQuery().noRetriesLeft().count());
    }
}
