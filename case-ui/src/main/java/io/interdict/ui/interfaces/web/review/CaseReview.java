package io.interdict.ui.interfaces.web.review;

import io.interdict.casework.application.CaseQueries;
import io.interdict.casework.application.CaseWorkflow;
import io.interdict.casework.application.HitViews;
import io.interdict.casework.application.ScreeningResult;
import io.interdict.casework.domain.model.audit.AuditEvent;
import io.interdict.casework.domain.model.cases.Alert;
import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.CaseStatus;
import io.interdict.casework.domain.model.cases.Comment;
import io.interdict.casework.domain.model.cases.Decision;
import io.interdict.casework.domain.model.cases.Priority;
import io.interdict.casework.domain.model.cases.ScreeningCase;
import io.interdict.casework.domain.model.screening.ScreenedParty;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A case as its review shows it, read in one transaction: the party, each hit with the entry it points to as the
 * list in force holds it, the decisions and comments. Plain values only, so the view never reads lazily.
 */
public record CaseReview(CaseId id, Party party, CaseStatus status, Priority priority, String queue,
                         Optional<String> assignee, Instant slaDueAt, boolean overdue, Instant openedAt,
                         Optional<String> escalatedBy, List<HitReview> hits, List<DecisionLine> decisions,
                         List<CommentLine> comments, Optional<String> currentTask, List<AuditEvent> trail) {

    /** The screened party's facts, as the request gave them. */
    public record Party(String name, Optional<String> type, Optional<String> country, Optional<String> birthDate,
                        Optional<String> address, Optional<String> reference, List<String> identifiers) {
    }

    /**
     * One hit: what the engine said, and the entry in the list in force (empty when it has left the list).
     *
     * @param screenedAgainst the list version the hit was screened against
     */
    public record HitReview(ScreeningResult.HitView hit, String screenedAgainst,
                            Optional<CaseQueries.EntryInForce> entry) {
    }

    public record DecisionLine(String step, String outcome, String actor, Instant decidedAt, String rationale,
                               String checklist) {
    }

    public record CommentLine(String author, Instant writtenAt, String text) {
    }

    /**
     * Reads the case into its review; call inside {@link CaseQueries#read}, so that the case, its entries, its
     * workflow step and its audit trail are read in one transaction.
     */
    public static CaseReview of(ScreeningCase c, CaseQueries queries, CaseWorkflow workflow) {
        ScreenedParty p = c.party();
        var party = new Party(p.name(), p.type().map(t -> t.key()), p.country(), p.birthDate().map(Object::toString),
                p.address(), p.reference(), p.identifiers().stream()
                .map(i -> i.type().name() + " " + i.value()).toList());
        List<HitReview> hits = c.alerts().stream().map(a -> hit(a, queries)).toList();
        List<DecisionLine> decisions = c.decisions().stream().map(CaseReview::line).toList();
        List<CommentLine> comments = c.comments().stream()
                .map((Comment m) -> new CommentLine(m.author(), m.writtenAt(), m.text())).toList();
        return new CaseReview(c.id(), party, c.status(), c.priority(), c.queue().name(), c.assignee(), c.slaDueAt(),
                c.isOverdue(), c.createdAt(), c.escalatedBy(), hits, decisions, comments, workflow.currentTask(c),
                queries.auditTrailOf(c.id()));
    }

    private static HitReview hit(Alert alert, CaseQueries queries) {
        return new HitReview(HitViews.of(alert), alert.entry().version(), queries.entryInForce(alert.entry()));
    }

    private static DecisionLine line(Decision d) {
        return new DecisionLine(d.step().name(), d.outcome(), d.actor(), d.decidedAt(), d.rationale(),
                d.checklist().map(Object::toString).orElse(""));
    }

    public boolean heldBy(String user) {
        return assignee.map(user::equals).orElse(false);
    }
}
