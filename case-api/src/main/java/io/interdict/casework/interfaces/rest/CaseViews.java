package io.interdict.casework.interfaces.rest;

import io.interdict.casework.application.CaseworkJson;
import io.interdict.casework.application.ScreeningResult;
import io.interdict.casework.domain.model.audit.AuditEvent;
import io.interdict.casework.domain.model.cases.Alert;
import io.interdict.casework.domain.model.cases.Comment;
import io.interdict.casework.domain.model.cases.Decision;
import io.interdict.casework.domain.model.cases.ScreeningCase;
import io.interdict.casework.domain.model.cases.ValidMatchChecklist;
import io.interdict.casework.domain.model.screening.ScreenedParty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the case endpoints answer (JSON). */
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

    /** One audit event; {@code sequence}, {@code previousHash} and {@code hash} are null until it is sealed. */
    public record AuditEventView(Long sequence, boolean sealed, Instant occurredAt, String actor, String action,
                                 String subjectType, String subjectId, String detail, String before, String after,
                                 String previousHash, String hash) {
    }

    public record VerificationView(boolean intact, long eventsVerified, Long firstBrokenSequence, String reason,
                                   long eventsAwaitingSeal, Instant oldestAwaitingSealAt) {
    }

    static CaseView of(ScreeningCase c, String currentTask) {
        return new CaseView(c.id(), c.status().name(), c.priority().name(), c.queue(), c.assignee().orElse(null),
                c.slaDueAt(), c.isOverdue(), c.createdAt(), c.updatedAt(), currentTask, party(c.party()),
                c.alerts().stream().map(CaseViews::alert).toList(),
                c.decisions().stream().map(CaseViews::decision).toList(),
                c.comments().stream().map(CaseViews::comment).toList());
    }

    private static PartyView party(ScreenedParty p) {
        return new PartyView(p.name(), p.type().map(t -> t.key()).orElse(null), p.country().orElse(null),
                p.birthDate().orElse(null), p.address().orElse(null), p.reference().orElse(null),
                p.identifiers().stream().map(i -> i.type().name() + " " + i.value()).toList());
    }

    private static AlertView alert(Alert a) {
        ScreeningResult.HitView reasons = a.reasons() == null ? null
                : CaseworkJson.JSONB.fromJson(a.reasons(), ScreeningResult.HitView.class);
        return new AlertView(a.id(), a.listSource(), a.listEntryId(), a.listVersion(), a.matchedName(), a.score(),
                reasons);
    }

    private static DecisionView decision(Decision d) {
        return new DecisionView(d.step().name(), d.outcome(), d.actor(), d.decidedAt(), d.rationale(),
                d.checklist().map(CaseViews::checklist).orElse(null));
    }

    private static Map<String, String> checklist(ValidMatchChecklist c) {
        return Map.of("onOfacList", String.valueOf(c.onOfacList()), "typeMismatch", String.valueOf(c.typeMismatch()),
                "onlyOneNameMatches", String.valueOf(c.onlyOneNameMatches()),
                "identifiers", String.valueOf(c.identifiers()),
                "severalSimilarities", String.valueOf(c.severalSimilarities()));
    }

    static CommentView comment(Comment c) {
        return new CommentView(c.author(), c.writtenAt(), c.text());
    }

    static AuditEventView audit(AuditEvent e) {
        return new AuditEventView(e.sequence(), e.sealed(), e.occurredAt(), e.actor(), e.action(), e.subjectType(), e.subjectId(),
                e.detail(), e.before(), e.after(), e.previousHash(), e.hash());
    }
}
