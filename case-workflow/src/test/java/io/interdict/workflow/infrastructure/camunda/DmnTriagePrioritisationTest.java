package io.interdict.workflow.infrastructure.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.casework.domain.model.cases.Alert;
import io.interdict.casework.domain.model.cases.AlertReasons;
import io.interdict.casework.domain.model.cases.Priority;
import io.interdict.casework.domain.model.cases.Queue;
import io.interdict.casework.domain.model.cases.ScreeningCase.TriagePlan;
import io.interdict.casework.domain.model.screening.ListEntryRef;
import io.interdict.screening.domain.model.entry.EntityType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A new case's plan comes from the prioritisation table deployed with the current process version, evaluated
 * before the case exists, and the engine keeps the evaluation (inputs and the matching rule) in its history.
 */
@ExtendWith(ProcessEngineExtension.class)
// all the models the server deploys together: the deployment then finds them deployed and adds none of its own
@Deployment(resources = {CaseProcess.BPMN_RESOURCE, CaseProcess.DMN_RESOURCE, ReportProcess.BPMN_RESOURCE,
    AnnualReportProcess.BPMN_RESOURCE})
class DmnTriagePrioritisationTest {

    ProcessEngine processEngine;

    private final Instant openedAt = Instant.parse("2026-12-02T09:00:00Z");

    /** As the server wires it: the deployment (here finding the models deployed already) tells the current table. */
    private DmnTriagePrioritisation prioritisation() {
        WorkflowEngine engine = new WorkflowEngine() {
            @Override
            public ProcessEngine engine() {
                return processEngine;
            }
        };
        var deployment = new CaseProcessDeployment();
        deployment.workflowEngine = engine;
        deployment.deploy();
        var prioritisation = new DmnTriagePrioritisation();
        prioritisation.workflowEngine = engine;
        prioritisation.deployment = deployment;
        return prioritisation;
    }

    private static Alert alert(String source, double score, String programmes, String type) {
        String name = "KOREA MINING DEVELOPMENT TRADING CORPORATION";
        return new Alert(new ListEntryRef(source, "18563", "2024-05-03", "f".repeat(64)), name, score,
                EntityType.parse(type).orElse(EntityType.ENTITY),
                programmes == null ? List.of() : List.of(programmes.split(",\\s*")),
                new AlertReasons(name, "test alert", List.of(), List.of()));
    }

    @Test
    void aStrongDprkHitIsCriticalInTheDprkQueueDueInFourHours() {
        TriagePlan plan = prioritisation().planFor(alert("us-ofac-sdn", 0.97, "DPRK3, NKSPEA", "entity"), openedAt);

        assertThat(plan).isEqualTo(new TriagePlan(Priority.CRITICAL, new Queue("dprk"), openedAt.plus(Duration.ofHours(4))));
        HistoricDecisionInstance evaluation = processEngine.getHistoryService().createHistoricDecisionInstanceQuery()
                .includeInputs().includeOutputs().singleResult();
        assertThat(evaluation.getInputs()).extracting(input -> input.getValue()).contains(0.97, "entity");
        assertThat(evaluation.getOutputs()).extracting(output -> output.getRuleId()).containsOnly("dprkCritical");
    }

    @Test
    void anEntityWithoutProgrammesIsPlannedByTheDefaultRule() {
        TriagePlan plan = prioritisation().planFor(alert("uk-ofsi", 0.85, null, null), openedAt);

        assertThat(plan).isEqualTo(new TriagePlan(Priority.MEDIUM, new Queue("sanctions"), openedAt.plus(Duration.ofHours(48))));
    }
}
