package io.interdict.workflow.infrastructure.camunda;

import io.interdict.casework.application.CaseWorkflow;
import io.interdict.casework.application.ConcurrentChange;
import io.interdict.casework.domain.model.cases.EscalationOutcome;
import io.interdict.casework.domain.model.cases.ScreeningCase;
import io.interdict.casework.domain.model.cases.TriageOutcome;
import io.interdict.workflow.infrastructure.diagram.BpmnDiagramRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Casework's workflow on the embedded Camunda engine: one process instance per case, with the case id as business
 * key. Every call runs in the caller's JTA transaction, so a refused completion rolls the case change back too.
 */
@ApplicationScoped
public class CamundaCaseWorkflow implements CaseWorkflow {

    @Inject
    WorkflowEngine workflowEngine;

    @Inject
    CaseProcessDeployment deployment;

    @Override
    public String start(ScreeningCase screeningCase) {
        return engine().getRuntimeService().startProcessInstanceById(deployment.processDefinitionId(),
                screeningCase.id().toString(), CaseProcessStart.forOpening(screeningCase)).getId();
    }

    @Override
    public void triaged(ScreeningCase screeningCase, String analyst, TriageOutcome outcome) {
        Task task = openTask(screeningCase, CaseProcess.Tasks.TRIAGE);
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseProcess.Variables.TRIAGE_OUTCOME, outcome.name());
        if (outcome == TriageOutcome.ESCALATE) {
            variables.put(CaseProcess.Variables.ESCALATED_BY, analyst);
        }
        as(analyst, () -> {
            engine().getTaskService().setAssignee(task.getId(), analyst);
            engine().getTaskService().complete(task.getId(), variables);
            return null;
        });
    }

    @Override
    public void escalationDecided(ScreeningCase screeningCase, String manager, EscalationOutcome outcome) {
        Task task = openTask(screeningCase, CaseProcess.Tasks.ESCALATION);
        as(manager, () -> {
            engine().getTaskService().setAssignee(task.getId(), manager);
            engine().getTaskService().complete(task.getId(),
                    Map.of(CaseProcess.Variables.ESCALATION_OUTCOME, outcome.name()));
            return null;
        });
    }

    @Override
    public void claimed(ScreeningCase screeningCase, String user) {
        currentTaskOf(screeningCase).ifPresent(task -> as(user, () -> {
            engine().getTaskService().setAssignee(task.getId(), user);
            return null;
        }));
    }

    @Override
    public Optional<String> currentTask(ScreeningCase screeningCase) {
        return currentTaskOf(screeningCase).map(Task::getTaskDefinitionKey);
    }

    /** The process definition the case's instance runs (or ran), drawn with its active activities marked. */
    @Override
    public Optional<byte[]> diagram(ScreeningCase screeningCase) {
        return screeningCase.processInstanceId().flatMap(id -> {
            var history = engine().getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id)
                    .singleResult();
            if (history == null) {
                return Optional.empty();
            }
            boolean running = history.getEndTime() == null;
            Set<String> active = running ? Set.copyOf(engine().getRuntimeService().getActiveActivityIds(id))
                    : Set.of();
            BpmnModelInstance model = engine().getRepositoryService()
                    .getBpmnModelInstance(history.getProcessDefinitionId());
            return Optional.of(new BpmnDiagramRenderer(model).png(active));
        });
    }

    private Optional<Task> currentTaskOf(ScreeningCase screeningCase) {
        return engine().getTaskService().createTaskQuery().processInstanceBusinessKey(screeningCase.id().toString())
                .processDefinitionKey(CaseProcess.PROCESS_KEY).list().stream().findFirst();
    }

    private Task openTask(ScreeningCase screeningCase, String taskKey) {
        return engine().getTaskService().createTaskQuery()
                .processInstanceBusinessKey(screeningCase.id().toString())
                .processDefinitionKey(CaseProcess.PROCESS_KEY)
                .taskDefinitionKey(taskKey).list().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("case " + screeningCase.id() + " has no open " + taskKey
                        + " task although its status is " + screeningCase.status()));
    }

    /**
     * Runs the engine call as the user, so listeners (four eyes) and history know who acted. The engine's lost
     * optimistic lock (another request completed or assigned the task first) is casework's concurrent change.
     */
    private <T> T as(String user, Supplier<T> call) {
        IdentityService identity = engine().getIdentityService();
        identity.setAuthenticatedUserId(user);
        try {
            return call.get();
        } catch (OptimisticLockingException lost) {
            throw new ConcurrentChange("the case's task was changed by another request at the same time", lost);
        } finally {
            identity.clearAuthentication();
        }
    }

    private ProcessEngine engine() {
        return workflowEngine.engine();
    }
}
