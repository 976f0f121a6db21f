package io.interdict.workflow.infrastructure.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.workflow.infrastructure.camunda.CaseProcess.Beans;
import io.interdict.workflow.infrastructure.camunda.CaseProcess.Nodes;
import io.interdict.workflow.infrastructure.camunda.CaseProcess.Tasks;
import io.interdict.workflow.infrastructure.camunda.CaseProcess.Variables;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The casework process on an in-memory engine, with the real four-eyes listener and stand-ins for the delegates
 * that call casework's use cases.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {CaseProcess.BPMN_RESOURCE, CaseProcess.DMN_RESOURCE})
class ScreeningCaseProcessTest {

    private static final String ANALYST = "alice";
    private static final String SECOND_ANALYST = "carol";
    private static final String MANAGER = "bob";
    private static final String SECOND_MANAGER = "dave";

    ProcessEngine processEngine;

    /** The case's triage due time, which casework starts the process with. */
    private final Instant triageDue = Instant.now().plus(4, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    private final CaseworkStandIn triageOverdue = new CaseworkStandIn();
    private final CaseworkStandIn reportingHandover = new CaseworkStandIn();

    @BeforeEach
    void standIns() {
        BpmnAwareTests.init(processEngine);
        Mocks.register(Beans.TRIAGE_OVERDUE, triageOverdue);
        Mocks.register(Beans.REPORTING_HANDOVER, reportingHandover);
        Mocks.register(Beans.FOUR_EYES, new FourEyesTaskListener());
    }

    @AfterEach
    void reset() {
        identityService().clearAuthentication();
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void queuesTheCaseForAnalystsUnderItsTriageDeadline() {
        ProcessInstance process = openCase();

        assertThat(process).isWaitingAtExactly(Tasks.TRIAGE).hasPassed(Nodes.CASE_OPENED);
        Task triage = task(Tasks.TRIAGE, process);
        assertThat(triage).hasCandidateGroup("analyst").isNotAssigned().hasDueDate(Date.from(triageDue));
        assertThat(job(Nodes.TRIAGE_SLA_BREACHED, process)).hasDueDate(Date.from(triageDue));
    }

    @Test
    void aNewCaseWritesOnlyItsIdAndDueTimeAsVariablesAndNoVariableHistory() {
        ProcessInstance process = openCase();

        assertThat(runtimeService().getVariables(process.getId())).as("stored variables")
                .containsOnlyKeys(Variables.CASE_ID, Variables.TRIAGE_DUE);
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(process.getId()).count())
                .as("variable history").isZero();
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(process.getId())
                .activityId(Tasks.TRIAGE).count()).as("activity history").isOne();
    }

    @Test
    void falsePositiveClosesTheCase() {
        ProcessInstance process = openCase();

        complete(task(Tasks.TRIAGE, process), withVariables(Variables.TRIAGE_OUTCOME, "FALSE_POSITIVE"));

        assertThat(process).isEnded().hasPassed(Nodes.CLOSED_FALSE_POSITIVE).hasNotPassed(Tasks.ESCALATION);
        assertThat(reportingHandover.calls()).isEmpty();
        assertThat(jobQuery().processInstanceId(process.getId()).count())
                .as("the SLA timer ends with triage").isZero();
    }

    @Test
    void escalationApprovedForBlockingHandsOverToBlockingAndReporting() {
        ProcessInstance process = openCase();
        escalate(process, ANALYST);

        Task escalation = task(Tasks.ESCALATION, process);
        assertThat(escalation).hasCandidateGroup("manager");
        decide(escalation, MANAGER, "BLOCK");

        assertThat(process).isEnded().hasPassedInOrder(Tasks.TRIAGE, Tasks.ESCALATION, Nodes.HAND_OVER_BLOCKING,
                Nodes.BLOCKING_APPROVED).hasNotPassed(Nodes.HAND_OVER_REJECTION);
        assertThat(reportingHandover.calls()).singleElement().satisfies(call -> {
            assertThat(call.activityId()).isEqualTo(Nodes.HAND_OVER_BLOCKING);
            assertThat(call.variables()).containsEntry(Variables.ESCALATION_OUTCOME, "BLOCK")
                    .containsEntry(Variables.ESCALATED_BY, ANALYST);
        });
    }

    @Test
    void escalationApprovedForRejectionHandsOverToRejectionReporting() {
        ProcessInstance process = openCase();
        escalate(process, ANALYST);

        decide(task(Tasks.ESCALATION, process), MANAGER, "REJECT");

        assertThat(process).isEnded().hasPassedInOrder(Nodes.HAND_OVER_REJECTION, Nodes.REJECTION_APPROVED)
                .hasNotPassed(Nodes.HAND_OVER_BLOCKING);
        assertThat(reportingHandover.calls()).singleElement().satisfies(call -> {
            assertThat(call.activityId()).isEqualTo(Nodes.HAND_OVER_REJECTION);
            assertThat(call.variables()).containsEntry(Variables.ESCALATION_OUTCOME, "REJECT");
        });
    }

    @Test
    void returnedEscalationGoesBackToTriageAndCanBeEscalatedAgain() {
        ProcessInstance process = openCase();
        escalate(process, ANALYST);
        decide(task(Tasks.ESCALATION, process), MANAGER, "RETURN");

        assertThat(process).isWaitingAtExactly(Tasks.TRIAGE).hasPassed(Nodes.ESCALATION_DECISION);
        assertThat(task(Tasks.TRIAGE, process)).hasCandidateGroup("analyst");
        assertThat(reportingHandover.calls()).isEmpty();

        escalate(process, SECOND_ANALYST);
        // the first analyst is now a second pair of eyes on someone else's escalation; a manager decides
        decide(task(Tasks.ESCALATION, process), SECOND_MANAGER, "BLOCK");

        assertThat(process).isEnded().hasPassed(Nodes.BLOCKING_APPROVED);
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(process.getId())
                .activityId(Tasks.TRIAGE).count()).isEqualTo(2);
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(process.getId())
                .activityId(Tasks.ESCALATION).count()).isEqualTo(2);
        assertThat(reportingHandover.calls()).singleElement()
                .satisfies(call -> assertThat(call.variables()).containsEntry(Variables.ESCALATED_BY, SECOND_ANALYST));
    }

    @Test
    void breachedTriageSlaRaisesPriorityAndKeepsTheTriageOpen() {
        ProcessInstance process = openCase();
        Task triage = task(Tasks.TRIAGE, process);
        Job slaTimer = job(Nodes.TRIAGE_SLA_BREACHED, process);
        assertThat(triageOverdue.calls()).isEmpty();

        execute(slaTimer);

        assertThat(triageOverdue.calls()).singleElement().satisfies(call -> {
            assertThat(call.activityId()).isEqualTo(Nodes.RAISE_PRIORITY);
            assertThat(call.variables()).containsEntry(Variables.CASE_ID, caseIdOf(process));
        });
        assertThat(process).hasPassed(Nodes.RAISE_PRIORITY, Nodes.OVERDUE_HANDLED).isWaitingAtExactly(Tasks.TRIAGE);
        assertThat(task(Tasks.TRIAGE, process).getId()).as("the same triage task, not a new one")
                .isEqualTo(triage.getId());
        assertThat(jobQuery().processInstanceId(process.getId()).count()).as("the timer fires once").isZero();

        complete(task(Tasks.TRIAGE, process), withVariables(Variables.TRIAGE_OUTCOME, "FALSE_POSITIVE"));
        assertThat(process).isEnded().hasPassed(Nodes.CLOSED_FALSE_POSITIVE);
    }

    @Test
    void fourEyesRefusesTheEscalatingAnalystAsAssignee() {
        ProcessInstance process = openCase();
        escalate(process, ANALYST);
        Task escalation = claim(task(Tasks.ESCALATION, process), ANALYST);

        assertThat(refusalOf(() -> complete(escalation, withVariables(Variables.ESCALATION_OUTCOME, "BLOCK"))))
                .hasMessage("four eyes: alice escalated this case and cannot decide the escalation");
        assertThat(process).isWaitingAtExactly(Tasks.ESCALATION);
        assertThat(reportingHandover.calls()).isEmpty();

        taskService().setAssignee(escalation.getId(), MANAGER);
        complete(task(Tasks.ESCALATION, process), withVariables(Variables.ESCALATION_OUTCOME, "BLOCK"));
        assertThat(process).isEnded().hasPassed(Nodes.BLOCKING_APPROVED);
    }

    @Test
    void fourEyesRefusesTheEscalatingAnalystCompletingSomeoneElsesTask() {
        ProcessInstance process = openCase();
        escalate(process, ANALYST);
        Task escalation = claim(task(Tasks.ESCALATION, process), MANAGER);

        identityService().setAuthenticatedUserId(ANALYST);
        assertThat(refusalOf(() -> complete(escalation, withVariables(Variables.ESCALATION_OUTCOME, "REJECT"))))
                .hasMessageContaining("alice escalated this case");
        assertThat(process).isWaitingAtExactly(Tasks.ESCALATION);

        identityService().setAuthenticatedUserId(MANAGER);
        complete(escalation, withVariables(Variables.ESCALATION_OUTCOME, "REJECT"));
        assertThat(process).isEnded().hasPassed(Nodes.REJECTION_APPROVED);
    }

    @Test
    void fourEyesRefusesADeciderItCannotIdentify() {
        ProcessInstance process = openCase();
        escalate(process, ANALYST);

        assertThat(refusalOf(() -> complete(task(Tasks.ESCALATION, process),
                withVariables(Variables.ESCALATION_OUTCOME, "BLOCK"))))
                .hasMessageContaining("claimed or completed by a named manager");
        assertThat(process).isWaitingAtExactly(Tasks.ESCALATION);
    }

    @Test
    void fourEyesRefusesAnEscalationThatDoesNotSayWhoEscalated() {
        ProcessInstance process = openCase();
        complete(task(Tasks.TRIAGE, process), withVariables(Variables.TRIAGE_OUTCOME, "ESCALATE"));
        Task escalation = claim(task(Tasks.ESCALATION, process), MANAGER);

        assertThat(refusalOf(() -> complete(escalation, withVariables(Variables.ESCALATION_OUTCOME, "BLOCK"))))
                .hasMessageContaining(Variables.ESCALATED_BY + " is missing");
        assertThat(process).isWaitingAtExactly(Tasks.ESCALATION);
    }

    @Test
    void triageWithoutAKnownOutcomeIsRolledBack() {
        ProcessInstance process = openCase();
        Task triage = task(Tasks.TRIAGE, process);

        assertThatThrownBy(() -> complete(triage, withVariables(Variables.TRIAGE_OUTCOME, "PROBABLY_FINE")))
                .isInstanceOf(ProcessEngineException.class);

        assertThat(process).isWaitingAtExactly(Tasks.TRIAGE);
        assertThat(task(Tasks.TRIAGE, process).getId()).isEqualTo(triage.getId());
    }

    private ProcessInstance openCase() {
        return runtimeService().startProcessInstanceByKey(CaseProcess.PROCESS_KEY,
                CaseProcessStart.variables(CaseId.random(), triageDue));
    }

    private static void escalate(ProcessInstance process, String analyst) {
        Task triage = claim(task(Tasks.TRIAGE, process), analyst);
        complete(triage, withVariables(Variables.TRIAGE_OUTCOME, "ESCALATE", Variables.ESCALATED_BY, analyst));
    }

    private static void decide(Task escalation, String manager, String outcome) {
        complete(claim(escalation, manager), withVariables(Variables.ESCALATION_OUTCOME, outcome));
    }

    private static String caseIdOf(ProcessInstance process) {
        return (String) runtimeService().getVariable(process.getId(), Variables.CASE_ID);
    }

    /** The engine wraps what a task listener throws; the four-eyes refusal is the cause. */
    private static FourEyesRefusal refusalOf(Runnable completion) {
        Throwable thrown = null;
        try {
            completion.run();
        } catch (ProcessEngineException e) {
            thrown = e;
        }
        assertThat(thrown).as("completion refused").isNotNull();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof FourEyesRefusal refusal) {
                return refusal;
            }
        }
        throw new AssertionError("not a four-eyes refusal", thrown);
    }
}
