package io.interdict.workflow.domain;

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

import io.interdict.workflow.application.FourEyesRefusal;
import io.interdict.workflow.application.FourEyesTaskListener;
import io.interdict.workflow.domain.CaseProcess.Beans;
import io.interdict.workflow.domain.CaseProcess.Nodes;
import io.interdict.workflow.domain.CaseProcess.Tasks;
import io.interdict.workflow.domain.CaseProcess.Variables;
import io.interdict.workflow.infrastructure.camunda.CaseProcessStart;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;
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
 * The casework process on an in-memory engine, with the real decision table and four-eyes listener and stand-ins
 * for the delegates that need the casework database.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {CaseProcess.BPMN_RESOURCE, CaseProcess.DMN_RESOURCE})
class ScreeningCaseProcessTest {

    private static final String ANALYST = "alice";
    private static final String SECOND_ANALYST = "carol";
    private static final String MANAGER = "bob";
    private static final String SECOND_MANAGER = "dave";

    ProcessEngine processEngine;

    /** The due time the real delegate would take from the case; fixed here so the timer can be checked. */
    private final Date triageDue = Date.from(Instant.now().plus(4, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS));

    /** Does what {@link Beans#CASE_PRIORITISED} promises the process: the due time in, the decision outputs out. */
    private final CaseworkStandIn casePrioritised = new CaseworkStandIn(execution -> {
        execution.setVariable(Variables.TRIAGE_DUE, triageDue);
        execution.removeVariables(List.of(Variables.PRIORITY, Variables.QUEUE, Variables.SLA_HOURS));
    });
    private final CaseworkStandIn triageOverdue = new CaseworkStandIn();
    private final CaseworkStandIn reportingHandover = new CaseworkStandIn();

    @BeforeEach
    void standIns() {
        BpmnAwareTests.init(processEngine);
        Mocks.register(Beans.CASE_PRIORITISED, casePrioritised);
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
    void prioritisesTheCaseAndQueuesItForAnalysts() {
        ProcessInstance process = openCase(0.97, "us-ofac-sdn", "DPRK3, NKSPEA", "vessel");

        assertThat(casePrioritised.calls()).singleElement().satisfies(call -> {
            assertThat(call.activityId()).isEqualTo(Nodes.STORE_PRIORITY);
            assertThat(call.variables()).containsEntry(Variables.PRIORITY, "CRITICAL")
                    .containsEntry(Variables.QUEUE, "dprk")
                    .containsEntry(Variables.SLA_HOURS, 4);
        });
        assertThat(process).isWaitingAtExactly(Tasks.TRIAGE);
        Task triage = task(Tasks.TRIAGE, process);
        assertThat(triage).hasCandidateGroup("analyst").isNotAssigned().hasDueDate(triageDue);
        assertThat(job(Nodes.TRIAGE_SLA_BREACHED, process)).hasDueDate(triageDue);
    }

    @Test
    void aNewCaseWritesOnlyItsIdAndDueTimeAsVariablesAndKeepsTheDecisionInHistory() {
        ProcessInstance process = openCase(0.97, "us-ofac-sdn", "DPRK3, NKSPEA", "vessel");

        assertThat(casePrioritised.calls()).singleElement().satisfies(call -> assertThat(call.variables())
                .as("the decision inputs are there while the process starts")
                .containsEntry(Variables.SCORE, 0.97).containsEntry(Variables.PROGRAMMES, "DPRK3, NKSPEA"));
        assertThat(runtimeService().getVariables(process.getId())).as("stored variables")
                .containsOnlyKeys(Variables.CASE_ID, Variables.TRIAGE_DUE);
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(process.getId()).count())
                .as("variable history").isZero();
        assertThat(historyService().createHistoricDecisionInstanceQuery().processInstanceId(process.getId())
                .includeInputs().includeOutputs().singleResult())
                .satisfies(evaluation -> {
                    assertThat(evaluation.getInputs()).extracting(input -> input.getValue()).contains(0.97, "vessel");
                    assertThat(evaluation.getOutputs()).extracting(output -> output.getValue()).contains("CRITICAL");
                });
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(process.getId())
                .activityId(Nodes.PRIORITISE_CASE).count()).as("activity history").isOne();
    }

    @Test
    void falsePositiveClosesTheCase() {
        ProcessInstance process = openCase(0.82, "us-ofac-sdn", "SDGT", "individual");

        complete(task(Tasks.TRIAGE, process), withVariables(Variables.TRIAGE_OUTCOME, "FALSE_POSITIVE"));

        assertThat(process).isEnded().hasPassed(Nodes.CLOSED_FALSE_POSITIVE).hasNotPassed(Tasks.ESCALATION);
        assertThat(reportingHandover.calls()).isEmpty();
        assertThat(jobQuery().processInstanceId(process.getId()).count())
                .as("the SLA timer ends with triage").isZero();
    }

    @Test
    void escalationApprovedForBlockingHandsOverToBlockingAndReporting() {
        ProcessInstance process = openCase(0.99, "un-sc", "DPRK", "entity");
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
        ProcessInstance process = openCase(0.93, "us-ofac-sdn", "SDGT", "entity");
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
        ProcessInstance process = openCase(0.91, "us-ofac-sdn", "SDGT", "individual");
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
        ProcessInstance process = openCase(0.85, "uk-ofsi", "RUSSIA", "entity");
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
        ProcessInstance process = openCase(0.99, "us-ofac-sdn", "DPRK3", "individual");
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
        ProcessInstance process = openCase(0.99, "us-ofac-sdn", "DPRK3", "individual");
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
        ProcessInstance process = openCase(0.99, "us-ofac-sdn", "DPRK3", "individual");
        escalate(process, ANALYST);

        assertThat(refusalOf(() -> complete(task(Tasks.ESCALATION, process),
                withVariables(Variables.ESCALATION_OUTCOME, "BLOCK"))))
                .hasMessageContaining("claimed or completed by a named manager");
        assertThat(process).isWaitingAtExactly(Tasks.ESCALATION);
    }

    @Test
    void fourEyesRefusesAnEscalationThatDoesNotSayWhoEscalated() {
        ProcessInstance process = openCase(0.99, "us-ofac-sdn", "DPRK3", "individual");
        complete(task(Tasks.TRIAGE, process), withVariables(Variables.TRIAGE_OUTCOME, "ESCALATE"));
        Task escalation = claim(task(Tasks.ESCALATION, process), MANAGER);

        assertThat(refusalOf(() -> complete(escalation, withVariables(Variables.ESCALATION_OUTCOME, "BLOCK"))))
                .hasMessageContaining(Variables.ESCALATED_BY + " is missing");
        assertThat(process).isWaitingAtExactly(Tasks.ESCALATION);
    }

    @Test
    void triageWithoutAKnownOutcomeIsRolledBack() {
        ProcessInstance process = openCase(0.85, "us-ofac-cons", "", "entity");
        Task triage = task(Tasks.TRIAGE, process);

        assertThatThrownBy(() -> complete(triage, withVariables(Variables.TRIAGE_OUTCOME, "PROBABLY_FINE")))
                .isInstanceOf(ProcessEngineException.class);

        assertThat(process).isWaitingAtExactly(Tasks.TRIAGE);
        assertThat(task(Tasks.TRIAGE, process).getId()).isEqualTo(triage.getId());
    }

    private ProcessInstance openCase(double score, String listSource, String programmes, String entityType) {
        return runtimeService().startProcessInstanceByKey(CaseProcess.PROCESS_KEY, CaseProcessStart.variables(
                UUID.randomUUID().toString(), score, listSource, programmes, entityType));
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
