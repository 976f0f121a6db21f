package io.interdict.casework.application;

import io.interdict.casework.domain.model.audit.AuditTrail;
import io.interdict.casework.domain.model.cases.ScreeningCase;
import io.interdict.casework.domain.model.cases.ScreeningCaseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one way casework changes a case: the case makes the change and records its audit event itself
 * ({@link ScreeningCase#takeRecordedChanges()}); this hands the events to the audit trail in the same transaction,
 * so a change is never stored without its event nor an event without its change. Use cases change cases only here.
 */
@ApplicationScoped
public class CaseChanges {

    @Inject
    ScreeningCaseRepository cases;

    @Inject
    AuditTrail auditTrail;

    /** Stores a new case, with the events of its opening. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void opened(ScreeningCase screeningCase) {
        cases.store(screeningCase);
        record(screeningCase);
    }

    /**
     * Applies a change to a stored case, records its events, then takes the workflow step that follows it; the
     * events of the workflow's own steps (the hand-over to reporting) come after the change's in the trail.
     *
     * @throws CaseNotFound when no case has this id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T apply(UUID caseId, Function<ScreeningCase, T> change, Consumer<ScreeningCase> workflowStep) {
        ScreeningCase screeningCase = cases.find(caseId).orElseThrow(() -> new CaseNotFound(caseId));
        T result = change.apply(screeningCase);
        record(screeningCase);
        workflowStep.accept(screeningCase);
        record(screeningCase);
        return result;
    }

    /** {@link #apply(UUID, Function, Consumer)} for a change no workflow step follows. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T apply(UUID caseId, Function<ScreeningCase, T> change) {
        return apply(caseId, change, c -> { });
    }

    private void record(ScreeningCase screeningCase) {
        auditTrail.appendAll(screeningCase.takeRecordedChanges());
    }
}
