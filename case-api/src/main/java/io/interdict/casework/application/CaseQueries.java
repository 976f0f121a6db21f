package io.interdict.casework.application;

import io.interdict.casework.domain.model.audit.AuditChain;
import io.interdict.casework.domain.model.audit.AuditEvent;
import io.interdict.casework.domain.model.audit.AuditSubject;
import io.interdict.casework.domain.model.audit.AuditTrail;
import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.CasePage;
import io.interdict.casework.domain.model.cases.CaseQuery;
import io.interdict.casework.domain.model.cases.ScreeningCase;
import io.interdict.casework.domain.model.cases.ScreeningCaseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Function;

/** Reading cases and the audit trail. */
@ApplicationScoped
public class CaseQueries {

    @Inject
    ScreeningCaseRepository cases;

    @Inject
    AuditTrail auditTrail;

    @Transactional
    public CasePage search(CaseQuery query) {
        return cases.search(query);
    }

    /** Reads a case and turns it into a view inside the transaction, so lazy collections can be read. */
    @Transactional
    public <T> T read(CaseId caseId, Function<ScreeningCase, T> view) {
        return view.apply(cases.find(caseId).orElseThrow(() -> new CaseNotFound(caseId)));
    }

    @Transactional
    public List<AuditEvent> auditTrailOf(CaseId caseId) {
        cases.find(caseId).orElseThrow(() -> new CaseNotFound(caseId));
        return auditTrail.about(AuditSubject.SCREENING_CASE, caseId.toString());
    }

    public AuditChain.Verification verifyAuditTrail() {
        return auditTrail.verify();
    }
}
