package io.interdict.workflow.infrastructure.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import io.interdict.workflow.infrastructure.camunda.ReportProcess.Beans;
import io.interdict.workflow.infrastructure.camunda.ReportProcess.Nodes;
import io.interdict.workflow.infrastructure.camunda.ReportProcess.Tasks;
import io.interdict.workflow.infrastructure.camunda.ReportProcess.Variables;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A report's process on an in-memory engine, with stand-ins for the delegates that call casework's use cases. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = ReportProcess.BPMN_RESOURCE)
class OfacReportProcessTest {

    private static final Instant REMIND_AT = Instant.parse("2026-12-08T05:00:00Z");
    private static final Instant OVERDUE_AT = Instant.parse("2026-12-11T05:00:00Z");

    ProcessEngine processEngine;

    private final CaseworkStandIn dueSoon = new CaseworkStandIn();
    private final CaseworkStandIn overdue = new CaseworkStandIn();
    private final String reportId = UUID.randomUUID().toString();

    @BeforeEach
    void standIns() {
        BpmnAwareTests.init(processEngine);
        Mocks.register(Beans.REPORT_DUE_SOON, dueSoon);
        Mocks.register(Beans.REPORT_OVERDUE, overdue);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance openReport() {
        return runtimeService().startProcessInstanceByKey(ReportProcess.PROCESS_KEY, reportId,
                org.camunda.bpm.engine.variable.Variables.createVariables()
                        .putValue(Variables.REPORT_ID, reportId)
                        .putValue(Variables.CASE_ID, UUID.randomUUID().toString())
                        .putValue(Variables.REMINDER_AT, Date.from(REMIND_AT))
                        .putValue(Variables.OVERDUE_AT, Date.from(OVERDUE_AT)));
    }

    @Test
    void aReportIsDraftedSignedOffAndFiledInThatOrder() {
        ProcessInstance process = openReport();

        assertThat(process).isWaitingAt(Tasks.DRAFT);
        assertThat(task(Tasks.DRAFT, process)).hasCandidateGroup("analyst").hasCandidateGroup("manager");
        complete(task(Tasks.DRAFT, process));
        assertThat(task(Tasks.SIGN_OFF, process)).hasCandidateGroup("manager");
        complete(task(Tasks.SIGN_OFF, process));
        complete(task(Tasks.RECORD_FILING, process));

        assertThat(process).isEnded().hasPassedInOrder(Tasks.DRAFT, Tasks.SIGN_OFF, Tasks.RECORD_FILING,
                Nodes.REPORT_DONE).hasNotPassed(Nodes.MANAGERS_REMINDED, Nodes.OVERDUE_MARKED);
        assertThat(jobQuery().processInstanceId(process.getId()).count()).as("the timers end with the filing").isZero();
        assertThat(dueSoon.calls()).isEmpty();
    }

    @Test
    void theTimersWaitForTheReminderAndTheDayAfterTheDueDate() {
        ProcessInstance process = openReport();

        assertThat(job(Nodes.DUE_SOON, process)).hasDueDate(Date.from(REMIND_AT));
        assertThat(job(Nodes.DUE_PASSED, process)).hasDueDate(Date.from(OVERDUE_AT));
    }

    @Test
    void anUnfiledReportRemindsTheManagersThenIsMarkedOverdueAndCanStillBeFiled() {
        ProcessInstance process = openReport();
        complete(task(Tasks.DRAFT, process));

        execute(job(Nodes.DUE_SOON, process));
        assertThat(dueSoon.calls()).singleElement()
                .satisfies(call -> assertThat(call.variables()).containsEntry(Variables.REPORT_ID, reportId));
        assertThat(process).isWaitingAt(Tasks.SIGN_OFF);

        execute(job(Nodes.DUE_PASSED, process));
        assertThat(overdue.calls()).hasSize(1);
        assertThat(process).isWaitingAt(Tasks.SIGN_OFF).hasPassed(Nodes.MANAGERS_REMINDED, Nodes.OVERDUE_MARKED);

        complete(task(Tasks.SIGN_OFF, process));
        complete(task(Tasks.RECORD_FILING, process));
        assertThat(process).isEnded().hasPassed(Nodes.REPORT_DONE);
    }
}
