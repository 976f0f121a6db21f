package io.interdict.ui.interfaces.web.queue;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import io.interdict.casework.domain.model.cases.CaseStatus;
import io.interdict.casework.domain.model.cases.CaseSummary;
import io.interdict.casework.domain.model.cases.Priority;
import io.interdict.ui.interfaces.web.support.Times;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The columns a queue of cases shows: priority, party (a link to its review), best score with its list and
 * programmes, queue, age, triage due, assignee, status, and claim or release where the person may. Cells are
 * templates the browser fills (Lit renderers), not a component per cell, so a page of fifty rows costs the server
 * next to nothing; every value is bound as text, never as HTML. Overdue rows carry the {@code overdue} part, which
 * the stylesheet marks.
 */
public class CaseGrid extends Grid<CaseSummary> {

    /**
     * What the queue lets the person do on a row.
     *
     * @param user who is looking: their own cases offer Release, unclaimed ones Claim
     */
    public record Actions(String user, Consumer<CaseSummary> claim, Consumer<CaseSummary> release) {
    }

    public CaseGrid(Clock clock) {
        this(clock, Optional.empty());
    }

    public CaseGrid(Clock clock, Optional<Actions> actions) {
        super(CaseSummary.class, false);
        setId("case-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setPageSize(50);
        addColumn(LitRenderer.<CaseSummary>of("<span theme='badge small ${item.theme}'>${item.priority}</span>")
                .withProperty("priority", c -> c.priority().name())
                .withProperty("theme", c -> c.priority() == Priority.CRITICAL ? "error"
                        : c.priority() == Priority.HIGH ? "warning" : ""))
                .setHeader("Priority").setKey("priority").setAutoWidth(true).setFlexGrow(0);
        addColumn(LitRenderer.<CaseSummary>of("<a router-link href='cases/${item.id}' id='open-${item.id}'"
                        + " class='party-link'>${item.name}</a> <span class='muted'>${item.reference}</span>")
                .withProperty("id", c -> c.id().toString())
                .withProperty("name", CaseSummary::partyName)
                .withProperty("reference", c -> c.partyReference() == null ? "" : c.partyReference()))
                .setHeader("Party").setKey("party").setWidth("22em").setFlexGrow(1).setResizable(true);
        addColumn(c -> String.format(Locale.ROOT, "%.2f", c.topScore())).setHeader("Best score").setKey("score")
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(CaseGrid::bestHit).setHeader("List · programmes").setKey("best-hit").setFlexGrow(2)
                .setTooltipGenerator(CaseGrid::bestHit);
        addColumn(CaseSummary::queue).setHeader("Queue").setKey("queue").setAutoWidth(true).setFlexGrow(0);
        addColumn(c -> Times.age(c.createdAt(), clock.instant())).setHeader("Age").setKey("age").setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(LitRenderer.<CaseSummary>of("<span theme='badge small error' ?hidden='${!item.overdue}'>Overdue"
                        + "</span> ${item.due}")
                .withProperty("overdue", CaseSummary::overdue)
                .withProperty("due", c -> Times.minute(c.slaDueAt())))
                .setHeader("Triage due").setKey("sla").setAutoWidth(true).setFlexGrow(0);
        addColumn(c -> c.assignee() == null ? "—" : c.assignee()).setHeader("Assignee").setKey("assignee")
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(c -> c.status().name()).setHeader("Status").setKey("status").setAutoWidth(true).setFlexGrow(0);
        actions.ifPresent(this::addActions);
        setPartNameGenerator(c -> c.overdue() ? "overdue" : null);
    }

    private void addActions(Actions actions) {
        addColumn(LitRenderer.<CaseSummary>of("<vaadin-button id='claim-${item.id}' theme='small'"
                        + " ?hidden='${!item.claimable}' @click='${claim}'>Claim</vaadin-button>"
                        + "<vaadin-button id='release-${item.id}' theme='small tertiary'"
                        + " ?hidden='${!item.releasable}' @click='${release}'>Release</vaadin-button>")
                .withProperty("id", c -> c.id().toString())
                .withProperty("claimable", c -> c.status() == CaseStatus.IN_TRIAGE && c.assignee() == null)
                .withProperty("releasable", c -> c.status() == CaseStatus.IN_TRIAGE
                        && actions.user().equals(c.assignee()))
                .withFunction("claim", actions.claim()::accept)
                .withFunction("release", actions.release()::accept))
                .setHeader("").setKey("actions").setAutoWidth(true).setFlexGrow(0);
    }

    private static String bestHit(CaseSummary c) {
        if (c.topList() == null) {
            return "—";
        }
        return c.topProgrammes().isEmpty() ? c.topList() : c.topList() + " · " + String.join(", ", c.topProgrammes());
    }
}
