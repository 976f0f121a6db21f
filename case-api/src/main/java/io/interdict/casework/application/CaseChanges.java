package io.interdict.casework.application;

import io.interdict.casework.domain.model.audit.AuditTrail;
import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.ScreeningCase;
import io.interdict.casework.domain.model.cases.ScreeningCaseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
     * Makes a change to a stored case and records its events, then takes the workflow step that follows it. The
     * workflow's own steps (the hand-over to reporting) change the case through here too, so their events come
     * after the change's in the trail. Returns the case.
     *
     * @throws CaseNotFound when no case has this id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ScreeningCase change(CaseId caseId, Consumer<ScreeningCase> change, Consumer<ScreeningCase> workflowStep) {
        ScreeningCase screeningCase = find(caseId);
        change.accept(screeningCase);
        record(screeningCase);
        workflowStep.accept(screeningCase);
        return screeningCase;
    }

    /** {@link #change(CaseId, Consumer, Consumer)} for a change no workflow step follows. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ScreeningCase change(CaseId caseId, Consumer<ScreeningCase> change) {
        return change(caseId, change, c -> { });
    }

    /** A change whose own result the caller needs (the comment written, whether anything changed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T apply(CaseId caseId, Function<ScreeningCase, T> change) {
        ScreeningCase screeningCase = find(caseId);
        T result = change.apply(screeningCase);
        record(screeningCase);
        return result;
    }

    private ScreeningCase find(CaseId caseId) {
        return cases.find(caseId).orElseThrow(() -> new CaseNotFound(caseId));
    }

    private void record(ScreeningCase screeningCase) {
        auditTrail.appendAll(screeningCase.takeRecordedChanges());
    }
}
