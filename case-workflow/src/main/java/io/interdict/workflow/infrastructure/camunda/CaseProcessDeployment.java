package io.interdict.workflow.infrastructure.camunda;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * Deploys the casework process, its decision table, the report process and the annual report's yearly timer when
 * the application starts, always as one deployment, and
 * remembers which versions are current: new cases start on that process version and are prioritised by the table
 * deployed with it. A restart with the same models deploys nothing; when either model differs from what the current
 * process version was deployed with, both are deployed again as new versions, while running cases finish on the
 * version they started with.
 */
@Singleton
@Startup
@DependsOn("WorkflowEngine")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
// Written once while starting, read by every new case (volatile fields): no container lock on each read.
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CaseProcessDeployment {

    private static final Logger LOG = Logger.getLogger(CaseProcessDeployment.class.getName());

    static final List<String> MODELS = List.of(CaseProcess.BPMN_RESOURCE, CaseProcess.DMN_RESOURCE,
            ReportProcess.BPMN_RESOURCE, AnnualReportProcess.BPMN_RESOURCE);

    @Inject
    WorkflowEngine workflowEngine;

    private volatile String processDefinitionId;
    private volatile String decisionDefinitionId;
    private volatile String reportProcessDefinitionId;

    @PostConstruct
    void deploy() {
        RepositoryService repository = workflowEngine.engine().getRepositoryService();
        if (deployIfChanged(repository, CaseProcessDeployment.class.getClassLoader())) {
            LOG.info("Casework process models deployed as a new version");
        } else {
            LOG.info("Casework process models unchanged: nothing deployed");
        }
        ProcessDefinition process = currentVersion(repository);
        processDefinitionId = process.getId();
        decisionDefinitionId = repository.createDecisionDefinitionQuery().deploymentId(process.getDeploymentId())
                .decisionDefinitionKey(CaseProcess.PRIORITY_DECISION).singleResult().getId();
        reportProcessDefinitionId = repository.createProcessDefinitionQuery().deploymentId(process.getDeploymentId())
                .processDefinitionKey(ReportProcess.PROCESS_KEY).singleResult().getId();
    }

    /** The process version new cases start on (by id: starting by key would look it up for every case). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // a plain read: the caller's transaction stays as it is
    public String processDefinitionId() {
        return processDefinitionId;
    }

    /** The version of the report process new reports start on, deployed with the case process. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String reportProcessDefinitionId() {
        return reportProcessDefinitionId;
    }

    /** The prioritisation table deployed with that process version. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String decisionDefinitionId() {
        return decisionDefinitionId;
    }

    /**
     * Deploys both models unless the current process version's deployment holds exactly these. (Camunda's own
     * duplicate filtering compares each resource with its latest namesake in any deployment, so a deployment of the
     * decision table alone - as an earlier release made - would satisfy it while the process kept the old table.)
     */
    static boolean deployIfChanged(RepositoryService repository, ClassLoader models) {
        Map<String, byte[]> current = new LinkedHashMap<>();
        MODELS.forEach(model -> current.put(model, bytes(models.getResourceAsStream(model), model)));
        ProcessDefinition process = currentVersion(repository);
        if (process != null && current.entrySet().stream().allMatch(model ->
                Arrays.equals(model.getValue(), deployed(repository, process.getDeploymentId(), model.getKey())))) {
            return false;
        }
        var deployment = repository.createDeployment().name("interdict-casework");
        current.forEach((model, content) -> deployment.addInputStream(model, new ByteArrayInputStream(content)));
        Deployment made = deployment.deploy();
        LOG.info(() -> "deployment " + made.getId() + " holds " + MODELS);
        return true;
    }

    /** The newest version of the casework process, or null before the first deployment. */
    static ProcessDefinition currentVersion(RepositoryService repository) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(CaseProcess.PROCESS_KEY).latestVersion()
                .singleResult();
    }

    private static byte[] deployed(RepositoryService repository, String deploymentId, String model) {
        boolean present = repository.getDeploymentResourceNames(deploymentId).contains(model);
        return present ? bytes(repository.getResourceAsStream(deploymentId, model), model) : null;
    }

    private static byte[] bytes(InputStream in, String model) {
        if (in == null) {
            throw new IllegalStateException("process model " + model + " is missing");
        }
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read process model " + model, e);
        }
    }
}
