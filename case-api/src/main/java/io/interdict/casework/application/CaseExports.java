package io.interdict.casework.application;

import io.interdict.casework.application.ExportDocument.Field;
import io.interdict.casework.application.ExportDocument.Section;
import io.interdict.casework.domain.model.attachments.Attachment;
import io.interdict.casework.domain.model.attachments.Attachments;
import io.interdict.casework.domain.model.audit.AuditAction;
import io.interdict.casework.domain.model.audit.AuditEvent;
import io.interdict.casework.domain.model.audit.AuditRecord;
import io.interdict.casework.domain.model.audit.AuditTrail;
import io.interdict.casework.domain.model.blocking.BlockedProperty;
import io.interdict.casework.domain.model.blocking.BlockedPropertyRegister;
import io.interdict.casework.domain.model.cases.Alert;
import io.interdict.casework.domain.model.cases.AlertReasons;
import io.interdict.casework.domain.model.cases.CaseCursor;
import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.CaseSelection;
import io.interdict.casework.domain.model.cases.Comment;
import io.interdict.casework.domain.model.cases.Decision;
import io.interdict.casework.domain.model.cases.ScreeningCase;
import io.interdict.casework.domain.model.cases.ScreeningCaseRepository;
import io.interdict.casework.domain.model.cases.ValidMatchChecklist;
import io.interdict.casework.domain.model.reporting.OfacReport;
import io.interdict.casework.domain.model.reporting.OfacReports;
import io.interdict.casework.domain.model.screening.ScreenedParty;
import io.interdict.screening.domain.matching.Decimals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A case's complete history for an auditor or an examiner: the screened party, every alert with its reasons and
 * list version, every decision with its checklist and rationale, the comments, the register entries and reports,
 * and the audit events with their chain positions and hashes. Every export is itself audited.
 */
@ApplicationScoped
public class CaseExports {

    @Inject
    ScreeningCaseRepository cases;

    @Inject
    OfacReports reports;

    @Inject
    BlockedPropertyRegister register;

    @Inject
    Attachments attachments;

    @Inject
    CaseQueries queries;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    /** Everything on record about a case, read in one transaction. */
    public record CaseRecord(ScreeningCase screeningCase, List<OfacReport> reports,
                             List<BlockedProperty> blockedProperty, List<Attachment> attachments,
                             List<AuditEvent> auditTrail, Instant exportedAt, String exportedBy) {
    }

    /**
     * One page of a bulk export's case histories, each written out by {@code render} inside the page's transaction.
     *
     * @param last the last case of the page, where the next one begins; empty when the page is empty
     */
    public record HistoryPage<T>(List<T> histories, Optional<CaseCursor> last) {
    }

    /**
     * The case's record, written out by {@code render} inside the transaction, and the export audited.
     *
     * @param format the format's name, for the audit trail
     */
    @Transactional
    public <T> T export(CaseId caseId, String user, String format, Function<CaseRecord, T> render) {
        ScreeningCase screeningCase = cases.find(caseId).orElseThrow(() -> new CaseNotFound(caseId));
        CaseRecord record = recordOf(screeningCase, clock.instant(), user);
        T written = render.apply(record);
        auditTrail.append(AuditRecord.of(user, AuditAction.CASE_EXPORTED, caseId, "case history exported as "
                + format + " with " + record.auditTrail().size() + " audit events"));
        return written;
    }

    /**
     * The next {@code size} selected cases after {@code after}, each case's record written out by {@code render}, in
     * a transaction of their own: what the page read is let go when it ends, so a bulk export of any number of cases
     * holds one page at a time. Not audited here: the bulk export is audited once, as a whole ({@link CaseArchive}).
     */
    @Transactional
    public <T> HistoryPage<T> histories(CaseSelection selection, Optional<CaseCursor> after, int size,
                                        Instant exportedAt, String exportedBy, Function<CaseRecord, T> render) {
        List<ScreeningCase> page = cases.selected(selection, after, size);
        List<T> written = new ArrayList<>(page.size());
        for (ScreeningCase screeningCase : page) {
            written.add(render.apply(recordOf(screeningCase, exportedAt, exportedBy)));
        }
        return new HistoryPage<>(written, page.isEmpty() ? Optional.empty()
                : Optional.of(CaseCursor.of(page.get(page.size() - 1))));
    }

    private CaseRecord recordOf(ScreeningCase screeningCase, Instant exportedAt, String exportedBy) {
        CaseId caseId = screeningCase.id();
        return new CaseRecord(screeningCase, reports.ofCase(caseId), register.ofCase(caseId),
                attachments.ofCase(caseId), queries.auditTrailOf(caseId), exportedAt, exportedBy);
    }

    /** The record as a document of sections, for PDF and CSV. */
    public static ExportDocument documentOf(CaseRecord r) {
        ScreeningCase c = r.screeningCase();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Case", List.of(field("Case id", c.id().toString()),
                field("Status", c.status().name()), field("Priority", c.priority().name()),
                field("Queue", c.queue().name()), field("Opened", c.createdAt().toString()),
                field("Triage due", c.slaDueAt().toString()), field("Exported", r.exportedAt() + " by "
                        + r.exportedBy()))));
        sections.add(party(c.party()));
        for (int i = 0; i < c.alerts().size(); i++) {
            sections.add(alert(i + 1, c.alerts().get(i)));
        }
        sections.add(new Section("Decisions", c.decisions().stream().map(CaseExports::decision).toList()));
        sections.add(new Section("Comments", c.comments().stream().map(CaseExports::comment).toList()));
        sections.add(new Section("Reports to OFAC", r.reports().stream().map(rep -> field(rep.type().title(),
                rep.status() + ", due " + rep.dueDate() + rep.filingReference().map(f -> ", filed as " + f).orElse("")
                        + " (report " + rep.id() + ")")).toList()));
        sections.add(new Section("Blocked property", r.blockedProperty().stream().map(p -> field("Entry " + p.id(),
                p.status() + ", blocked on " + p.blockedOn())).toList()));
        sections.add(new Section("Documents", r.attachments().stream().map(a -> field(a.uploadedAt() + " by "
                + a.uploadedBy(), a.summary())).toList()));
        sections.add(new Section("Audit trail", r.auditTrail().stream().map(CaseExports::event).toList()));
        return new ExportDocument("Case history", "Case " + c.id() + " - " + c.party().name(), sections);
    }

    private static Section party(ScreenedParty p) {
        return new Section("Screened party", List.of(field("Name", p.name()),
                field("Type", p.type().map(t -> t.key()).orElse("")), field("Country", p.country().orElse("")),
                field("Date of birth", p.birthDate().map(Object::toString).orElse("")),
                field("Address", p.address().orElse("")), field("Reference", p.reference().orElse("")),
                field("Identifiers", String.join("; ", p.identifiers().stream()
                        .map(i -> i.type().name() + " " + i.value()).toList()))));
    }

    private static Section alert(int number, Alert a) {
        return new Section("Alert " + number, List.of(field("List entry", a.entry().key()),
                field("List version", a.entry().version()), field("Entry fingerprint", a.entry().fingerprint()),
                field("Matched name", a.matchedName()), field("Score", Decimals.fixed(a.score(), 4)),
                field("Programmes", String.join(", ", a.programmes())),
                field("Reasons", a.reasons().map(AlertReasons::explanation).orElse(""))));
    }

    private static Field decision(Decision d) {
        return field(d.step() + " by " + d.actor() + " at " + d.decidedAt(), d.outcome() + ": " + d.rationale()
                + d.checklist().map(ValidMatchChecklist::toString).map(list -> " [checklist " + list + "]").orElse(""));
    }

    private static Field comment(Comment c) {
        return field(c.author() + " at " + c.writtenAt(), c.text());
    }

    private static Field event(AuditEvent e) {
        String place = e.sequence() == null ? "not yet sealed" : "chain position " + e.sequence();
        return field(e.occurredAt() + " " + e.action() + " (" + place + ")", e.actor() + ": " + e.detail()
                + (e.hash() == null ? "" : " | hash " + e.hash() + " | previous " + e.previousHash()));
    }

    private static Field field(String label, String value) {
        return new Field(label, value == null ? "" : value);
    }
}
