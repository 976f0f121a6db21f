package io.interdict.workflow.infrastructure.camunda;

import io.interdict.casework.application.ConcurrentChange;
import io.interdict.casework.application.ReportWorkflow;
import io.interdict.casework.domain.model.reporting.OfacReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A report's process on the embedded Camunda engine: one instance per report, the report's id as business key. The
 * user tasks are completed as the report itself moves on (the report's own rules decide; the process shows where it
 * is and runs the deadline timers). Every call runs in the caller's JTA transaction.
 */
@ApplicationScoped
public class CamundaReportWorkflow implements ReportWorkflow {

    @Inject
    WorkflowEngine workflowEngine;

    @Inject
    CaseProcessDeployment deployment;

    @Override
    public void start(OfacReport report, Instant reminderAt, Instant overdueAt) {
        engine().getRuntimeService().startProcessInstanceById(deployment.reportProcessDefinitionId(),
                report.id().toString(), Variables.createVariables()
                        .putValue(ReportProcess.Variables.REPORT_ID, report.id().toString())
                        .putValue(ReportProcess.Variables.CASE_ID, report.caseId().map(Object::toString).orElse(null))
                        .putValue(ReportProcess.Variables.REMINDER_AT, Date.from(reminderAt))
                        .putValue(ReportProcess.Variables.OVERDUE_AT, Date.from(overdueAt)));
    }

    @Override
    public void drafted(OfacReport report, String drafter) {
        complete(report, ReportProcess.Tasks.DRAFT, drafter);
    }

    @Override
    public void signedOff(OfacReport report, String manager) {
        complete(report, ReportProcess.Tasks.SIGN_OFF, manager);
    }

    @Override
    public void filed(OfacReport report, String user) {
        complete(report, ReportProcess.Tasks.RECORD_FILING, user);
    }

    @Override
    public Optional<String> currentStep(OfacReport report) {
        return engine().getTaskService().createTaskQuery().processInstanceBusinessKey(report.id().toString())
                .processDefinitionKey(ReportProcess.PROCESS_KEY).list().stream().findFirst()
                .map(Task::getTaskDefinitionKey);
    }

    /** One query for the open tasks of all the reports, one for their processes' business keys. */
    @Override
    public Map<UUID, String> currentSteps(List<OfacReport> reports) {
        List<Task> tasks = engine().getTaskService().createTaskQuery().processDefinitionKey(ReportProcess.PROCESS_KEY)
                .processInstanceBusinessKeyIn(reports.stream().map(r -> r.id().toString()).toArray(String[]::new))
                .list();
        if (tasks.isEmpty()) {
            return Map.of();
        }
        Map<String, String> reportOfProcess = new HashMap<>();
        engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceIds(tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                .list().forEach(p -> reportOfProcess.put(p.getId(), p.getBusinessKey()));
        Map<UUID, String> steps = new HashMap<>();
        tasks.forEach(t -> steps.put(UUID.fromString(reportOfProcess.get(t.getProcessInstanceId())),
                t.getTaskDefinitionKey()));
        return steps;
    }

    /** Completes the report's open task of this kind as the user; nothing when it is not open (a re-draft). */
    private void complete(OfacReport report, String taskKey, String user) {
        Task task = engine().getTaskService().createTaskQuery().processInstanceBusinessKey(report.id().toString())
                .processDefinitionKey(ReportProcess.PROCESS_KEY).taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            return;
        }
        IdentityService identity = engine().getIdentityService();
        identity.setAuthenticatedUserId(user);
        try {
            engine().getTaskService().setAssignee(task.getId(), user);
            engine().getTaskService().complete(task.getId());
        } catch (OptimisticLockingException lost) {
            throw new ConcurrentChange("the report's task was changed by another request at the same time", lost);
        } finally {
            identity.clearAuthentication();
        }
    }

    private ProcessEngine engine() {
        return workflowEngine.engine();
    }
}
