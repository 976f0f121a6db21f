package io.interdict.workflow.infrastructure.camunda;

import io.interdict.workflow.domain.CaseProcess;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.camunda.bpm.engine.repository.Deployment;

/**
 * Deploys the casework process and its decision table when the application starts. Duplicate filtering keeps one
 * version per content: a restart with the same models deploys nothing, a changed model becomes a new version while
 * running cases finish on the version they started with.
 */
@Singleton
@Startup
@DependsOn("WorkflowEngine")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CaseProcessDeployment {

    private static final Logger LOG = Logger.getLogger(CaseProcessDeployment.class.getName());

    @Inject
    WorkflowEngine workflowEngine;

    @PostConstruct
    void deploy() {
        Deployment deployment = workflowEngine.engine().getRepositoryService().createDeployment()
                .name("interdict-casework")
                .addClasspathResource(CaseProcess.BPMN_RESOURCE)
                .addClasspathResource(CaseProcess.DMN_RESOURCE)
                .enableDuplicateFiltering(true)
                .deploy();
        LOG.info(() -> "Casework process models deployed (deployment " + deployment.getId() + ")");
    }
}
