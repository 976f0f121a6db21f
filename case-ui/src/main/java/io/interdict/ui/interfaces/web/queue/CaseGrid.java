package io.interdict.ui.interfaces.web.queue;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.interdict.casework.domain.model.cases.CaseSummary;
import io.interdict.ui.interfaces.web.CaseReviewView;
import io.interdict.ui.interfaces.web.support.Times;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Function;

/**
 * The columns a queue of cases shows: priority, party (a link to its review), best score with its list and
 * programmes, queue, age, triage due, assignee, status. Overdue rows carry the {@code overdue} part, which the
 * stylesheet marks. Names are text, never HTML.
 */
public class CaseGrid extends Grid<CaseSummary> {

    public CaseGrid(Clock clock, Function<CaseSummary, Component> actions) {
        super(CaseSummary.class, false);
        setId("case-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setPageSize(50);
        addComponentColumn(c -> badge(c.priority().name(), "priority-" + c.priority().name()
                .toLowerCase(Locale.ROOT))).setHeader("Priority").setKey("priority").setAutoWidth(true)
                .setFlexGrow(0);
        addComponentColumn(CaseGrid::partyLink).setHeader("Party").setKey("party").setWidth("22em").setFlexGrow(1)
                .setResizable(true);
        addColumn(c -> String.format(Locale.ROOT, "%.2f", c.topScore())).setHeader("Best score").setKey("score")
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(CaseGrid::bestHit).setHeader("List · programmes").setKey("best-hit").setFlexGrow(2)
                .setTooltipGenerator(CaseGrid::bestHit);
        addColumn(CaseSummary::queue).setHeader("Queue").setKey("queue").setAutoWidth(true).setFlexGrow(0);
        addColumn(c -> Times.age(c.createdAt(), clock.instant())).setHeader("Age").setKey("age").setAutoWidth(true)
                .setFlexGrow(0);
        addComponentColumn(CaseGrid::slaDue).setHeader("Triage due").setKey("sla").setAutoWidth(true).setFlexGrow(0);
        addColumn(c -> c.assignee() == null ? "—" : c.assignee()).setHeader("Assignee").setKey("assignee")
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(c -> c.status().name()).setHeader("Status").setKey("status").setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(actions::apply).setHeader("").setKey("actions").setAutoWidth(true).setFlexGrow(0);
        setPartNameGenerator(c -> c.overdue() ? "overdue" : null);
    }

    private static Component partyLink(CaseSummary c) {
        var link = new RouterLink(c.partyName(), CaseReviewView.class, new RouteParameters("caseId", c.id().toString()));
        link.setId("open-" + c.id());
        link.addClassName("party-link");
        if (c.partyReference() == null) {
            return link;
        }
        var reference = new Span(c.partyReference());
        reference.addClassName("muted");
        var cell = new HorizontalLayout(link, reference);
        cell.setSpacing(true);
        return cell;
    }

    private static String bestHit(CaseSummary c) {
        if (c.topList() == null) {
            return "—";
        }
        return c.topProgrammes().isEmpty() ? c.topList() : c.topList() + " · " + String.join(", ", c.topProgrammes());
    }

    private static Component slaDue(CaseSummary c) {
        var due = new Span(Times.minute(c.slaDueAt()));
        if (!c.overdue()) {
            return due;
        }
        var cell = new HorizontalLayout(badge("Overdue", "overdue"), due);
        cell.setSpacing(true);
        return cell;
    }

    static Span badge(String text, String kind) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add("badge small");
        badge.addClassName("badge-" + kind);
        if (kind.equals("overdue") || kind.equals("priority-critical")) {
            badge.getElement().getThemeList().add("error");
        } else if (kind.equals("priority-high")) {
            badge.getElement().getThemeList().add("warning");
        }
        return badge;
    }
}
