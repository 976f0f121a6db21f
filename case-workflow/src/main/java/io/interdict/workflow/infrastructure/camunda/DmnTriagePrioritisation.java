package io.interdict.workflow.infrastructure.camunda;

import io.interdict.casework.application.TriagePrioritisation;
import io.interdict.casework.domain.model.cases.Alert;
import io.interdict.casework.domain.model.cases.Priority;
import io.interdict.casework.domain.model.cases.Queue;
import io.interdict.casework.domain.model.cases.ScreeningCase.TriagePlan;
import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.workflow.infrastructure.camunda.CaseProcess.PriorityTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;

/**
 * The prioritisation table ({@code dmn/case-priority.dmn}) evaluated by the engine's decision service, on the
 * strongest alert of a case about to be opened; the engine keeps each evaluation in its history (which rule
 * matched, with the inputs). The table is the one deployed with the current process version.
 * The SLA can be shortened for test and demo servers with {@code interdict.workflow.triage-sla} (ISO-8601, PT30S).
 */
@ApplicationScoped
public class DmnTriagePrioritisation implements TriagePrioritisation {

    @Inject
    WorkflowEngine workflowEngine;

    @Inject
    CaseProcessDeployment deployment;

    @Override
    public TriagePlan planFor(Alert strongest, Instant openedAt) {
        DmnDecisionResultEntries decided = workflowEngine.engine().getDecisionService()
                .evaluateDecisionById(deployment.decisionDefinitionId()).variables(inputs(strongest)).evaluate().getSingleResult();
        Priority priority = Priority.valueOf(decided.getEntry(PriorityTable.PRIORITY));
        Queue queue = new Queue(decided.getEntry(PriorityTable.QUEUE));
        Duration sla = slaOverride().orElse(Duration.ofHours(
                ((Number) decided.getEntry(PriorityTable.SLA_HOURS)).longValue()));
        return new TriagePlan(priority, queue, openedAt.plus(sla));
    }

    static Map<String, Object> inputs(Alert strongest) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put(PriorityTable.SCORE, strongest.score());
        inputs.put(PriorityTable.LIST_SOURCE, strongest.entry().source());
        inputs.put(PriorityTable.PROGRAMMES, String.join(",", strongest.programmes()));
        inputs.put(PriorityTable.ENTITY_TYPE, strongest.entryType().map(EntityType::key).orElse(""));
        return inputs;
    }

    private static Optional<Duration> slaOverride() {
        String configured = System.getProperty("interdict.workflow.triage-sla");
        return configured == null || configured.isBlank() ? Optional.empty() : Optional.of(Duration.parse(configured));
    }
}
