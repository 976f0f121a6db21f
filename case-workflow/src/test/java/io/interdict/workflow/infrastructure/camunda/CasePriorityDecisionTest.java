package io.interdict.workflow.infrastructure.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule of the prioritisation table, with the hit that should reach it and - because the hit policy is FIRST
 * and the order is the policy - the rule that actually matched, read from the decision history.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = CaseProcess.DMN_RESOURCE)
class CasePriorityDecisionTest {

    ProcessEngine processEngine;

    @ParameterizedTest(name = "{0} {1} [{2}] {3} -> {4}")
    @CsvSource(nullValues = "null", textBlock = """
            # score, list,       programmes,       entity type, rule,               priority, queue,       SLA h
            0.97,    us-ofac-sdn, 'DPRK3, NKSPEA',  entity,      dprkCritical,       CRITICAL, dprk,        4
            0.95,    un-sc,       DPRK,             individual,  dprkCritical,       CRITICAL, dprk,        4
            0.94,    un-sc,       DPRK,             individual,  dprkHigh,           HIGH,     dprk,        8
            0.70,    us-ofac-sdn, NKSPEA,           vessel,      dprkHigh,           HIGH,     dprk,        8
            0.85,    us-csl,      dprk2,            entity,      dprkHigh,           HIGH,     dprk,        8
            0.96,    us-ofac-sdn, IRAN,             vessel,      vesselStrong,       HIGH,     vessels,     24
            0.75,    uk-ofsi,     '',               vessel,      vesselWeak,         LOW,      vessels,     72
            0.85,    us-ofac-cons, '',              vessel,      vessel,             MEDIUM,   vessels,     48
            0.85,    us-ofac-sdn, '',               VESSEL,      vessel,             MEDIUM,   vessels,     48
            0.99,    us-csl,      '',               entity,      tradeList,          MEDIUM,   trade-lists, 72
            0.70,    us-csl,      '',               entity,      tradeListWeak,      LOW,      trade-lists, 72
            0.92,    us-ofac-sdn, SDGT,             individual,  blockingListStrong, HIGH,     sanctions,   24
            0.90,    un-sc,       '',               entity,      blockingListStrong, HIGH,     sanctions,   24
            0.79,    us-ofac-sdn, SDGT,             individual,  weakHit,            LOW,      sanctions,   72
            0.89,    us-ofac-sdn, SDGT,             individual,  sanctionsDefault,   MEDIUM,   sanctions,   48
            0.95,    us-ofac-cons, '',              entity,      sanctionsDefault,   MEDIUM,   sanctions,   48
            0.99,    uk-ofsi,     RUSSIA,           '',          sanctionsDefault,   MEDIUM,   sanctions,   48
            0.85,    uk-ofsi,     null,             null,        sanctionsDefault,   MEDIUM,   sanctions,   48
            """)
    void decides(double score, String listSource, String programmes, String entityType,
                 String rule, String priority, String queue, int slaHours) {
        Map<String, Object> hit = new HashMap<>();
        hit.put(CaseProcess.PriorityTable.SCORE, score);
        hit.put(CaseProcess.PriorityTable.LIST_SOURCE, listSource);
        hit.put(CaseProcess.PriorityTable.PROGRAMMES, programmes);
        hit.put(CaseProcess.PriorityTable.ENTITY_TYPE, entityType);

        DmnDecisionResultEntries result = processEngine.getDecisionService()
                .evaluateDecisionByKey(CaseProcess.PRIORITY_DECISION).variables(hit).evaluate().getSingleResult();

        assertThat(result.<String>getEntry(CaseProcess.PriorityTable.PRIORITY)).isEqualTo(priority);
        assertThat(result.<String>getEntry(CaseProcess.PriorityTable.QUEUE)).isEqualTo(queue);
        assertThat(result.<Object>getEntry(CaseProcess.PriorityTable.SLA_HOURS)).isEqualTo(slaHours);
        assertThat(matchedRule()).isEqualTo(rule);
    }

    private String matchedRule() {
        HistoricDecisionInstance evaluation = processEngine.getHistoryService().createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey(CaseProcess.PRIORITY_DECISION).includeOutputs().singleResult();
        return evaluation.getOutputs().stream().map(HistoricDecisionOutputInstance::getRuleId).distinct()
                .reduce((first, second) -> first + "+" + second).orElse("no rule");
    }
}
