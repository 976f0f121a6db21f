package io.interdict.ui.interfaces.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.interdict.casework.application.CaseExports;
import io.interdict.casework.application.CaseNotFound;
import io.interdict.casework.application.CaseQueries;
import io.interdict.casework.application.CaseWork;
import io.interdict.casework.application.CaseWorkflow;
import io.interdict.casework.application.ExportFormat;
import io.interdict.casework.domain.model.Role;
import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.CaseStatus;
import io.interdict.casework.domain.model.cases.EscalationOutcome;
import io.interdict.casework.domain.model.cases.FourEyesPolicy;
import io.interdict.casework.domain.model.cases.FourEyesViolation;
import io.interdict.casework.domain.model.cases.Queue;
import io.interdict.casework.domain.model.cases.TriageOutcome;
import io.interdict.ui.infrastructure.security.OidcSession;
import io.interdict.ui.infrastructure.security.SignedInUser;
import io.interdict.ui.interfaces.web.review.CaseReview;
import io.interdict.ui.interfaces.web.review.CaseTimeline;
import io.interdict.ui.interfaces.web.review.ChecklistForm;
import io.interdict.ui.interfaces.web.review.ReviewKeys;
import io.interdict.ui.interfaces.web.review.ScoreReasons;
import io.interdict.ui.interfaces.web.review.SideBySide;
import io.interdict.ui.interfaces.web.support.Feedback;
import io.interdict.ui.interfaces.web.support.Times;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;

/**
 * One case under review: the party and each hit's entry side by side, the reasons, the checklist and the decision
 * (the analyst's triage, or the manager's escalation decision with four eyes shown), comments and the timeline.
 * Auditors read it and change nothing. Every action goes through the same application service as the API.
 */
@Route(value = "cases/:caseId", layout = MainLayout.class)
@RolesAllowed({"analyst", "manager", "auditor"})
public class CaseReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseQueries queries;
    private final CaseWork work;
    private final CaseWorkflow workflow;
    private final CaseExports exports;
    private final Instance<ExportFormat> formats;
    private final SignedInUser user = OidcSession.signedInUser();

    private CaseId caseId;
    private CaseReview review;
    private int hitIndex;
    private final Div hitPanel = new Div();
    private Tabs hitTabs = new Tabs();
    private final TextArea rationale = new TextArea("Rationale");
    private ChecklistForm checklist;
    private final ReviewKeys keys = new ReviewKeys(this);

    @Inject
    public CaseReviewView(CaseQueries queries, CaseWork work, CaseWorkflow workflow, CaseExports exports,
                          @Any Instance<ExportFormat> formats) {
        this.queries = queries;
        this.work = work;
        this.workflow = workflow;
        this.exports = exports;
        this.formats = formats;
        setWidthFull();
        addClassName("case-review");
        bindKeys();
    }

    @Override
    public String getPageTitle() {
        return review == null ? "Case · Interdict" : review.party().name() + " · Case · Interdict";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<CaseId> id = event.getRouteParameters().get("caseId").flatMap(CaseReviewView::parsed);
        if (id.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "no such case");
            return;
        }
        caseId = id.get();
        try {
            show();
        } catch (CaseNotFound notFound) {
            event.rerouteToError(NotFoundException.class, notFound.getMessage());
        }
    }

    private static Optional<CaseId> parsed(String text) {
        try {
            return Optional.of(CaseId.of(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Reads the case afresh and draws it; after every action, so what is shown is what is stored. */
    private void show() {
        review = queries.read(caseId, c -> CaseReview.of(c, queries, workflow));
        removeAll();
        hitIndex = Math.min(hitIndex, Math.max(0, review.hits().size() - 1));
        checklist = null;
        add(header(), hitTabs());
        var body = new HorizontalLayout(hitPanel, decisionPanel());
        body.setWidthFull();
        body.setFlexGrow(3, hitPanel);
        body.addClassName("review-body");
        add(body, history());
        showHit();
    }

    private Component header() {
        var name = new H2(review.party().name());
        name.setId("case-party");
        name.addClassName("case-party");
        var facts = new HorizontalLayout(
                badge("case-status", review.status().name(), review.status() == CaseStatus.IN_TRIAGE ? "" : "contrast"),
                badge("case-priority", review.priority().name(), review.priority().name().equals("CRITICAL")
                        ? "error" : ""),
                fact("case-queue", "Queue " + review.queue()),
                fact("case-assignee", review.assignee().map(a -> "Held by " + a).orElse("Unclaimed")),
                fact("case-sla", "Triage due " + Times.minute(review.slaDueAt())),
                fact("case-step", review.currentTask().map(task -> "Waiting on: " + task)
                        .orElse("No workflow step open")));
        if (review.overdue()) {
            facts.addComponentAtIndex(2, badge("case-overdue", "Overdue", "error"));
        }
        facts.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        var actions = new HorizontalLayout();
        if (review.status() == CaseStatus.IN_TRIAGE && (user.holds(Role.ANALYST) || user.holds(Role.MANAGER))) {
            if (review.assignee().isEmpty()) {
                actions.add(button("claim-case", "Claim", ButtonVariant.LUMO_PRIMARY,
                        () -> act(() -> work.claim(caseId, user.username()), "You hold this case now.")));
            } else if (review.heldBy(user.username())) {
                actions.add(button("release-case", "Release", ButtonVariant.LUMO_TERTIARY,
                        () -> act(() -> work.release(caseId, user.username()), "The case is back in the queue.")));
            }
            if (user.holds(Role.MANAGER)) {
                actions.add(button("reassign-case", "Reassign…", ButtonVariant.LUMO_TERTIARY, this::reassign));
            }
        }
        if (user.holds(Role.ANALYST)) {
            actions.add(button("next-case", "Next case", ButtonVariant.LUMO_TERTIARY, this::nextCase));
        }
        if (review.status() == CaseStatus.BLOCK_APPROVED || review.status() == CaseStatus.REJECT_APPROVED) {
            var reportsOfCase = new RouterLink("Reports", ReportsView.class);
            reportsOfCase.setQueryParameters(QueryParameters.of("case", caseId.toString()));
            reportsOfCase.setId("case-reports");
            actions.add(reportsOfCase);
        }
        if (user.holds(Role.AUDITOR) || user.holds(Role.ADMIN)) {
            formats.forEach(format -> actions.add(export(format)));
        }
        actions.add(button("show-shortcuts", "Keys (?)", ButtonVariant.LUMO_TERTIARY, () -> keys.showOverlay()));
        var top = new HorizontalLayout(name, actions);
        top.setWidthFull();
        top.expand(name);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        var header = new VerticalLayout(top, facts);
        header.setPadding(false);
        header.setSpacing(false);
        return header;
    }

    /** The case's complete history for an examiner, as the API's export writes it (audited as CASE_EXPORTED). */
    private Anchor export(ExportFormat format) {
        CaseId exported = caseId;
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = exports.export(exported, user.username(), format.name(),
                    record -> format.render(CaseExports.documentOf(record)));
            return new DownloadResponse(new ByteArrayInputStream(bytes), "case-" + exported + "." + format.name(),
                    format.mediaType(), bytes.length);
        }), "Export " + format.name().toUpperCase(Locale.ROOT));
        link.setId("export-" + format.name());
        return link;
    }

    private Component hitTabs() {
        hitTabs = new Tabs();
        hitTabs.setId("hit-tabs");
        for (int i = 0; i < review.hits().size(); i++) {
            var hit = review.hits().get(i).hit();
            var tab = new Tab(String.format(Locale.ROOT, "Hit %d · %s %s · %.2f", i + 1, hit.source(), hit.sourceId(),
                    hit.score()));
            tab.setId("hit-" + (i + 1));
            hitTabs.add(tab);
        }
        if (review.hits().isEmpty()) {
            return new Paragraph("This case has no hits.");
        }
        hitTabs.setSelectedIndex(hitIndex);
        hitTabs.addSelectedChangeListener(e -> {
            if (hitTabs.getSelectedIndex() >= 0) {
                hitIndex = hitTabs.getSelectedIndex();
                showHit();
            }
        });
        return hitTabs;
    }

    private void showHit() {
        hitPanel.removeAll();
        hitPanel.setId("hit-panel");
        hitPanel.addClassName("hit-panel");
        if (review.hits().isEmpty()) {
            return;
        }
        CaseReview.HitReview hit = review.hits().get(hitIndex);
        hitPanel.add(new SideBySide(review.party(), hit), new ScoreReasons(hit.hit()));
    }

    private void moveHit(int step) {
        if (review.hits().isEmpty()) {
            return;
        }
        hitIndex = Math.floorMod(hitIndex + step, review.hits().size());
        hitTabs.setSelectedIndex(hitIndex);
        showHit();
    }

    private Component decisionPanel() {
        var panel = new VerticalLayout();
        panel.setId("decision-panel");
        panel.addClassName("decision-panel");
        panel.setPadding(false);
        if (review.status() == CaseStatus.IN_TRIAGE && user.holds(Role.ANALYST)) {
            panel.add(new H3("Valid match? OFAC's five questions"));
            checklist = new ChecklistForm();
            rationale.setId("rationale");
            rationale.setWidthFull();
            rationale.setMinHeight("6em");
            rationale.setMaxLength(4000);
            rationale.setHelperText("Why: what you compared and what it showed (key r)");
            var falsePositive = button("decide-false-positive", "False positive (f)", ButtonVariant.LUMO_SUCCESS,
                    () -> triage(TriageOutcome.FALSE_POSITIVE));
            var escalate = button("decide-escalate", "Escalate (e)", ButtonVariant.LUMO_ERROR,
                    () -> triage(TriageOutcome.ESCALATE));
            panel.add(checklist, rationale, wrapping(falsePositive, escalate));
        } else if (review.status() == CaseStatus.ESCALATED && user.holds(Role.MANAGER)) {
            panel.add(new H3("Escalation decision"));
            review.escalatedBy().ifPresent(by -> panel.add(new Paragraph("Escalated by " + by + ".")));
            rationale.setId("rationale");
            rationale.setWidthFull();
            rationale.setMinHeight("6em");
            rationale.setMaxLength(4000);
            var block = button("decide-block", "Approve block", ButtonVariant.LUMO_ERROR,
                    () -> decide(EscalationOutcome.BLOCK));
            var reject = button("decide-reject", "Reject transaction", ButtonVariant.LUMO_ERROR,
                    () -> decide(EscalationOutcome.REJECT));
            var giveBack = button("decide-return", "Return to triage", ButtonVariant.LUMO_TERTIARY,
                    () -> decide(EscalationOutcome.RETURN));
            panel.add(rationale, wrapping(block, reject, giveBack));
            fourEyesRefusal().ifPresent(reason -> {
                block.setEnabled(false);
                reject.setEnabled(false);
                giveBack.setEnabled(false);
                var why = new Paragraph(reason);
                why.setId("four-eyes-reason");
                why.addClassName("four-eyes-reason");
                panel.add(why);
            });
        } else {
            panel.add(new H3("Decisions"));
            if (review.decisions().isEmpty()) {
                panel.add(new Paragraph("No decision yet."));
            }
        }
        review.decisions().forEach(d -> {
            var line = new Paragraph(Times.minute(d.decidedAt()) + " · " + d.step() + " " + d.outcome() + " by "
                    + d.actor() + ": " + d.rationale());
            line.addClassName("decision-line");
            panel.add(line);
        });
        return panel;
    }

    /** What the domain's four-eyes rule says of this manager deciding: shown before they try. */
    private Optional<String> fourEyesRefusal() {
        try {
            FourEyesPolicy.requireSecondPerson(review.escalatedBy().orElse(null), user.username());
            return Optional.empty();
        } catch (FourEyesViolation refused) {
            return Optional.of("You escalated this case, so another manager must decide it (four eyes).");
        }
    }

    private Component history() {
        var comments = new VerticalLayout();
        comments.setId("comments");
        comments.setPadding(false);
        comments.add(new H3("Comments"));
        review.comments().forEach(c -> {
            var line = new Paragraph(Times.minute(c.writtenAt()) + " · " + c.author() + ": " + c.text());
            line.addClassName("comment-line");
            comments.add(line);
        });
        if (user.holds(Role.ANALYST) || user.holds(Role.MANAGER)) {
            var text = new TextArea();
            text.setId("comment-text");
            text.setPlaceholder("Add a comment: a request for documents, what you found…");
            text.setWidthFull();
            text.setMaxLength(4000);
            keys.typedIn(text);
            comments.add(text, button("add-comment", "Add comment", ButtonVariant.LUMO_TERTIARY,
                    () -> act(() -> work.comment(caseId, user.username(), text.getValue()), "Comment added.")));
        }
        var timeline = new VerticalLayout(new H3("Timeline"), new CaseTimeline(review.trail()));
        timeline.setPadding(false);
        var history = new VerticalLayout(comments, timeline, processDiagram());
        history.setPadding(false);
        history.setWidthFull();
        return history;
    }

    /** The keys, bound once; each acts only where its button is shown (the checklist is there in triage). */
    /**
     * The case's process as deployed, drawn on the server with the step the case is at ringed; read when the
     * browser asks for the picture, so a changed model shows as it is.
     */
    private Component processDiagram() {
        CaseId shown = caseId;
        var diagram = new Image(DownloadHandler.fromInputStream(event -> queries.read(shown, workflow::diagram)
                .map(png -> new DownloadResponse(new ByteArrayInputStream(png), "case-process.png", "image/png",
                        png.length))
                .orElseGet(() -> DownloadResponse.error(404, "this case has no process"))),
                "The case's process, its current step ringed in orange");
        diagram.setId("process-diagram");
        diagram.addClassName("process-diagram");
        var section = new VerticalLayout(new H3("Process"), diagram);
        section.setPadding(false);
        return section;
    }

    private void bindKeys() {
        keys.on("j", "next hit", () -> moveHit(1))
                .on("k", "previous hit", () -> moveHit(-1))
                .on("f", "close as false positive (in triage)", () -> triage(TriageOutcome.FALSE_POSITIVE))
                .on("e", "escalate to a manager (in triage)", () -> triage(TriageOutcome.ESCALATE))
                .on("r", "write the rationale", () -> rationale.focus())
                .on("n", "next case: claim the most urgent unclaimed case of this queue", this::nextCase)
                .withOverlay();
        keys.typedIn(rationale);
    }

    private void triage(TriageOutcome outcome) {
        if (checklist == null) {
            return;
        }
        boolean decided = act(() -> work.triage(caseId, user.username(), outcome, rationale.getValue(),
                checklist.checklist()), outcome == TriageOutcome.FALSE_POSITIVE ? "Closed as a false positive."
                : "Escalated to a manager.");
        if (!decided && checklist != null) {
            checklist.markUnanswered();
            markRationale();
        }
    }

    private void decide(EscalationOutcome outcome) {
        if (!act(() -> work.decideEscalation(caseId, user.username(), outcome, rationale.getValue()),
                "Decided: " + outcome + ".")) {
            markRationale();
        }
    }

    /** After a refusal: an empty rationale is marked where it is to be written. */
    private void markRationale() {
        boolean empty = rationale.getValue().isBlank();
        rationale.setErrorMessage(empty ? "A decision needs a rationale" : null);
        rationale.setInvalid(empty);
    }

    private void reassign() {
        var dialog = new Dialog();
        dialog.setId("reassign-dialog");
        dialog.setHeaderTitle("Reassign the case");
        var analyst = new TextField("To analyst (empty: back to the queue)");
        analyst.setId("reassign-analyst");
        var reason = new TextArea("Reason (required, audited)");
        reason.setId("reassign-reason");
        reason.setWidthFull();
        dialog.add(new VerticalLayout(analyst, reason));
        var confirm = button("reassign-confirm", "Reassign", ButtonVariant.LUMO_PRIMARY, () -> {
            if (act(() -> work.reassign(caseId, user.username(), Optional.of(analyst.getValue()), reason.getValue()),
                    "Reassigned.")) {
                dialog.close();
            }
        });
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
        dialog.open();
    }

    private void nextCase() {
        if (user.holds(Role.ANALYST)) {
            openNextCase(work, user.username(), Optional.of(new Queue(review.queue())));
        }
    }

    /**
     * "Next case", from the queue or from a review: claims the most urgent unclaimed case (of the queue, when given)
     * and opens its review, or says that none is waiting.
     */
    static void openNextCase(CaseWork work, String user, Optional<Queue> queue) {
        Feedback.attempt(() -> work.claimNext(user, queue).ifPresentOrElse(
                c -> UI.getCurrent().navigate(CaseReviewView.class, new RouteParameters("caseId", c.id().toString())),
                () -> Feedback.done("No unclaimed case is waiting" + queue.map(q -> " in " + q).orElse("") + ".")));
    }

    /**
     * Runs the action. Done, the case is drawn again as it is now stored; refused, what the person entered stays
     * where it is (answers, rationale) so that nothing typed is lost.
     */
    private boolean act(Runnable action, String done) {
        boolean succeeded = Feedback.attempt(action);
        if (succeeded) {
            Feedback.done(done);
            rationale.clear();
            rationale.setInvalid(false);
            show();
        }
        return succeeded;
    }

    private static HorizontalLayout wrapping(Component... buttons) {
        var row = new HorizontalLayout(buttons);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    private static Button button(String id, String text, ButtonVariant variant, Runnable action) {
        var button = new Button(text, click -> action.run());
        button.setId(id);
        button.addThemeVariants(variant);
        return button;
    }

    private static Span badge(String id, String text, String theme) {
        var badge = new Span(text);
        badge.setId(id);
        badge.getElement().getThemeList().add(("badge " + theme).strip());
        return badge;
    }

    private static Span fact(String id, String text) {
        var fact = new Span(text);
        fact.setId(id);
        fact.addClassName("case-fact");
        return fact;
    }
}
