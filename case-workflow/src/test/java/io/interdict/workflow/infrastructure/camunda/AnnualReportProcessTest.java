package io.interdict.workflow.infrastructure.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;

import io.interdict.workflow.infrastructure.camunda.AnnualReportProcess.Beans;
import io.interdict.workflow.infrastructure.camunda.AnnualReportProcess.Nodes;
import io.interdict.workflow.infrastructure.camunda.AnnualReportProcess.Variables;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The yearly timer of the annual report on an in-memory engine, with a stand-in for casework's compilation. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = AnnualReportProcess.BPMN_RESOURCE)
class AnnualReportProcessTest {

    ProcessEngine processEngine;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private static Job july1() {
        return jobQuery().activityId(Nodes.JULY_1).singleResult();
    }

    @Test
    void theTimerWaitsForTheNextJuly1AtNoonOnTheServersClock() {
        LocalDateTime due = LocalDateTime.ofInstant(july1().getDuedate().toInstant(), ZoneId.systemDefault());

        assertThat(due.getMonth()).isEqualTo(Month.JULY);
        assertThat(due.getDayOfMonth()).isEqualTo(1);
        assertThat(due.getHour()).isEqualTo(12);
        assertThat(due).isAfter(LocalDateTime.now()).isBefore(LocalDateTime.now().plusYears(1).plusDays(1));
    }

    @Test
    void aCompiledReportEndsOnItsOwnWayAndTheTimerIsSetForTheNextYear() {
        CaseworkStandIn compile = new CaseworkStandIn(e -> e.setVariable(Variables.REPORT_OWED, true));
        Mocks.register(Beans.COMPILE_ANNUAL_REPORT, compile);
        Job thisYear = july1();

        execute(thisYear);

        assertThat(compile.calls()).singleElement().satisfies(c -> assertThat(c.activityId()).isEqualTo(Nodes.COMPILE));
        assertThat(passed()).contains(Nodes.JULY_1, Nodes.COMPILE, Nodes.REPORT_OPENED).doesNotContain(Nodes.NO_REPORT);
        // fired early in the test, the cron's next July 1 is the same day: the point is that a new timer waits
        Job next = july1();
        assertThat(next.getId()).as("the cycle goes on").isNotEqualTo(thisYear.getId());
        assertThat(next.getDuedate()).isAfterOrEqualTo(thisYear.getDuedate());
    }

    @Test
    void nothingOwedEndsWithoutAReport() {
        Mocks.register(Beans.COMPILE_ANNUAL_REPORT,
                new CaseworkStandIn(e -> e.setVariable(Variables.REPORT_OWED, false)));

        execute(july1());

        assertThat(passed()).contains(Nodes.NO_REPORT).doesNotContain(Nodes.REPORT_OPENED);
    }

    private static List<String> passed() {
        return historyService().createHistoricActivityInstanceQuery().list().stream()
                .map(HistoricActivityInstance::getActivityId).toList();
    }
}
