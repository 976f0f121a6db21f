package io.interdict.workflow.application;

import io.interdict.casework.domain.model.audit.AuditRecord;
import io.interdict.casework.domain.model.audit.AuditTrail;
import io.interdict.casework.domain.model.cases.Priority;
import io.interdict.casework.domain.model.cases.ScreeningCase;
import io.interdict.casework.domain.model.cases.ScreeningCaseRepository;
import io.interdict.workflow.domain.CaseProcess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Stores the prioritisation table's decision on the case - priority, queue and triage SLA - and hands the due time
 * back to the process for its SLA timer, so the case and its timer always agree on the deadline. The decision's
 * outputs are removed from the process once the case holds them.
 * The SLA can be shortened for test and demo servers with {@code interdict.workflow.triage-sla} (ISO-8601, PT30S).
 */
@ApplicationScoped
@Named(CaseProcess.Beans.CASE_PRIORITISED)
public class CasePrioritised implements JavaDelegate {

    private static final List<String> DECISION_OUTPUTS = List.of(
            CaseProcess.Variables.PRIORITY, CaseProcess.Variables.QUEUE, CaseProcess.Variables.SLA_HOURS);

    @Inject
    ScreeningCaseRepository cases;

    @Inject
    AuditTrail auditTrail;

    @Override
    public void execute(DelegateExecution execution) {
        ScreeningCase screeningCase = ProcessCases.caseOf(execution, cases);
        Priority priority = Priority.valueOf((String) execution.getVariable(CaseProcess.Variables.PRIORITY));
        String queue = (String) execution.getVariable(CaseProcess.Variables.QUEUE);
        Duration sla = slaOverride().orElse(Duration.ofHours(
                ((Number) execution.getVariable(CaseProcess.Variables.SLA_HOURS)).longValue()));
        Instant now = Instant.now();
        String before = screeningCase.stateSummary();
        screeningCase.prioritise(new ScreeningCase.TriagePlan(priority, queue, now.plus(sla)), now);
        execution.setVariable(CaseProcess.Variables.TRIAGE_DUE, Date.from(screeningCase.slaDueAt()));
        // The case now holds them; removed in the transaction that set them, they are never written to the database.
        execution.removeVariables(DECISION_OUTPUTS);
        auditTrail.append(AuditRecord.of(ProcessCases.ACTOR, "CASE_PRIORITISED", "ScreeningCase", screeningCase.id().toString(),
                "prioritisation table: " + priority + " in queue " + queue + ", triage due within " + sla)
                .withStates(before, screeningCase.stateSummary()));
    }

    private static java.util.Optional<Duration> slaOverride() {
        String configured = System.getProperty("interdict.workflow.triage-sla");
        return configured == null || configured.isBlank() ? java.util.Optional.empty()
                : java.util.Optional.of(Duration.parse(configured));
    }
}
