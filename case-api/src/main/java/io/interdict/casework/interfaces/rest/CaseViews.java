package io.interdict.casework.interfaces.rest;

import io.interdict.casework.application.CaseExports;
import io.interdict.casework.application.HitViews;
import io.interdict.casework.application.ScreeningResult;
import io.interdict.casework.domain.model.audit.AuditChain;
import io.interdict.casework.domain.model.audit.AuditEvent;
import io.interdict.casework.domain.model.cases.Alert;
import io.interdict.casework.domain.model.cases.Comment;
import io.interdict.casework.domain.model.cases.Decision;
import io.interdict.casework.domain.model.cases.ScreeningCase;
import io.interdict.casework.domain.model.cases.ValidMatchChecklist;
import io.interdict.casework.domain.model.reporting.OfacReport;
import io.interdict.casework.domain.model.screening.ScreenedParty;
import io.interdict.screening.domain.model.entry.BirthDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** What the case and audit endpoints answer (JSON). */
public final class CaseViews {

    private CaseViews() {
    }

    /** A case in full: the party, every alert with its reasons, the decisions, comments and the current task. */
    public record CaseView(UUID id, String status, String priority, String queue, String assignee, Instant slaDueAt,
                           boolean overdue, Instant createdAt, Instant updatedAt, String currentTask,
                           PartyView party, List<AlertView> alerts, List<DecisionView> decisions,
                           List<CommentView> comments) {
    }

    public record PartyView(String name, String type, String country, String dateOfBirth, String address,
                            String reference, List<String> identifiers) {
    }

    public record AlertView(UUID id, String source, String sourceId, String listVersion, String matchedName,
                            double score, ScreeningResult.HitView reasons) {
    }

    public record DecisionView(String step, String outcome, String actor, Instant decidedAt, String rationale,
                               Map<String, String> checklist) {
    }

    public record CommentView(String author, Instant writtenAt, String text) {
    }

    /**
     * One audit event; {@code sequence}, {@code previousHash} and {@code hash} are null until it is sealed. Once
     * sealed, {@code hash} is the SHA-256 (hex) of the UTF-8 bytes of {@code canonical}.
     */
    public record AuditEventView(Long sequence, boolean sealed, Instant occurredAt, String actor, String action,
                                 String subjectType, String subjectId, String detail, String before, String after,
                                 String previousHash, String hash, String canonical) {
    }

    /** A case's complete history, as an auditor exports it for an examiner. */
    public record CaseHistoryView(Instant exportedAt, String exportedBy, String howToVerify, CaseView screeningCase,
                                  List<ReportingViews.ReportView> reports,
                                  List<ReportingViews.BlockedPropertyView> blockedProperty,
                                  List<AttachmentViews.AttachmentView> attachments,
                                  List<AuditEventView> auditTrail) {
    }

    static final String HOW_TO_VERIFY = "Each sealed event's hash is the SHA-256 (hex) of the UTF-8 bytes of its"
            + " 'canonical' field: every field as length:value; (-1; when absent) in the order sequence, occurredAt,"
            + " actor, action, subjectType, subjectId, detail, before, after, previousHash. Recompute it with any"
            + " SHA-256 tool; an event's previousHash is the hash of the event before it in the institution's one"
            + " chain (events of other cases lie between), which GET /api/audit/verify checks end to end.";

    static CaseHistoryView history(CaseExports.CaseRecord r, LocalDate today,
                                   Function<OfacReport, String> currentStep, String currentTask) {
        return new CaseHistoryView(r.exportedAt(), r.exportedBy(), HOW_TO_VERIFY, of(r.screeningCase(), currentTask),
                r.reports().stream().map(rep -> ReportingViews.report(rep, today, currentStep.apply(rep))).toList(),
                r.blockedProperty().stream().map(ReportingViews::blockedProperty).toList(),
                r.attachments().stream().map(AttachmentViews::of).toList(),
                r.auditTrail().stream().map(CaseViews::audit).toList());
    }

    public record VerificationView(boolean intact, long eventsVerified, Long firstBrokenSequence, String reason,
                                   long eventsAwaitingSeal, Instant oldestAwaitingSealAt) {
    }

    static CaseView of(ScreeningCase c, String currentTask) {
        return new CaseView(c.id().value(), c.status().name(), c.priority().name(), c.queue().name(), c.assignee().orElse(null),
                c.slaDueAt(), c.isOverdue(), c.createdAt(), c.updatedAt(), currentTask, party(c.party()),
                c.alerts().stream().map(CaseViews::alert).toList(),
                c.decisions().stream().map(CaseViews::decision).toList(),
                c.comments().stream().map(CaseViews::comment).toList());
    }

    private static PartyView party(ScreenedParty p) {
        return new PartyView(p.name(), p.type().map(t -> t.key()).orElse(null), p.country().orElse(null),
                p.birthDate().map(BirthDate::toString).orElse(null), p.address().orElse(null), p.reference().orElse(null),
                p.identifiers().stream().map(i -> i.type().name() + " " + i.value()).toList());
    }

    private static AlertView alert(Alert a) {
        return new AlertView(a.id(), a.entry().source(), a.entry().entryId(), a.entry().version(), a.matchedName(),
                a.score(), HitViews.of(a));
    }

    private static DecisionView decision(Decision d) {
        return new DecisionView(d.step().name(), d.outcome(), d.actor(), d.decidedAt(), d.rationale(),
                d.checklist().map(ValidMatchChecklist::answersByField).orElse(null));
    }

    static VerificationView verification(AuditChain.Verification v) {
        return new VerificationView(v.intact(), v.eventsVerified(),
                v.firstBroken().map(AuditChain.BrokenLink::sequence).orElse(null),
                v.firstBroken().map(AuditChain.BrokenLink::reason).orElse(null),
                v.awaitingSeal(), v.oldestAwaitingSeal().orElse(null));
    }

    static CommentView comment(Comment c) {
        return new CommentView(c.author(), c.writtenAt(), c.text());
    }

    static AuditEventView audit(AuditEvent e) {
        return new AuditEventView(e.sequence(), e.sealed(), e.occurredAt(), e.actor(), e.action(), e.subjectType(), e.subjectId(),
                e.detail(), e.before(), e.after(), e.previousHash(), e.hash(),
                e.sealed() ? AuditChain.canonicalOf(e) : null);
    }
}
