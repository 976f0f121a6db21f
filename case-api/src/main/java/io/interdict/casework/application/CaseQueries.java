package io.interdict.casework.application;

import io.interdict.casework.domain.model.audit.AuditChain;
import io.interdict.casework.domain.model.audit.AuditEvent;
import io.interdict.casework.domain.model.audit.AuditSubject;
import io.interdict.casework.domain.model.audit.AuditTrail;
import io.interdict.casework.domain.model.blocking.BlockedPropertyRegister;
import io.interdict.casework.domain.model.cases.CaseFigures;
import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.CasePage;
import io.interdict.casework.domain.model.cases.CaseQuery;
import io.interdict.casework.domain.model.cases.ScreeningCase;
import io.interdict.casework.domain.model.cases.ScreeningCaseRepository;
import io.interdict.casework.domain.model.reporting.OfacReports;
import io.interdict.casework.domain.model.screening.ListEntryRef;
import io.interdict.screening.domain.model.entry.ListEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reading cases and the audit trail. */
@ApplicationScoped
public class CaseQueries {

    @Inject
    ScreeningCaseRepository cases;

    @Inject
    AuditTrail auditTrail;

    @Inject
    BlockedPropertyRegister register;

    @Inject
    OfacReports reports;

    @Inject
    ActiveLists lists;

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
        List<AuditEvent> events = new ArrayList<>(auditTrail.about(AuditSubject.SCREENING_CASE, caseId.toString()));
        register.ofCase(caseId).forEach(p -> events.addAll(
                auditTrail.about(AuditSubject.BLOCKED_PROPERTY, p.id().toString())));
        reports.ofCase(caseId).forEach(r -> events.addAll(
                auditTrail.about(AuditSubject.OFAC_REPORT, r.id().toString())));
        // in the order recorded (ids are given when stored: a trail that holds events before then keeps its order)
        events.sort(Comparator.comparing(AuditEvent::id, Comparator.nullsLast(Comparator.naturalOrder())));
        return events;
    }

    /**
     * The list entry a hit points to, as the list version in force holds it, for a side-by-side review. Empty when
     * that list is not loaded or the entry has since left it.
     */
    public Optional<EntryInForce> entryInForce(ListEntryRef ref) {
        return lists.screener().lists().stream().filter(list -> list.source().key().equals(ref.source()))
                .findFirst().flatMap(list -> list.entry(ref.entryId())
                        .map(entry -> new EntryInForce(entry, list.version().label())));
    }

    /**
     * A list entry and the version of its list it was read from.
     *
     * @param version the label of the version in force; a hit may have been screened against an older one
     */
    public record EntryInForce(ListEntry entry, String version) {
    }

    /** The dashboard's figures now, with the hits of the last {@code days} days. */
    @Transactional
    public CaseFigures figures(Instant now, int days) {
        return cases.figures(now, now.minus(Duration.ofDays(days)));
    }

    public AuditChain.Verification verifyAuditTrail() {
        return auditTrail.verify();
    }
}
