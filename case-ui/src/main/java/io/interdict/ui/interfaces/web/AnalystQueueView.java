package io.interdict.ui.interfaces.web;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.interdict.casework.application.CaseQueries;
import io.interdict.casework.application.CaseWork;
import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.CaseQuery;
import io.interdict.casework.domain.model.cases.CaseStatus;
import io.interdict.casework.domain.model.cases.CaseSummary;
import io.interdict.casework.domain.model.cases.Priority;
import io.interdict.casework.domain.model.cases.Queue;
import io.interdict.ui.infrastructure.security.OidcSession;
import io.interdict.ui.interfaces.web.queue.CaseFilters;
import io.interdict.ui.interfaces.web.queue.CaseGrid;
import io.interdict.ui.interfaces.web.support.Feedback;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The analyst's work: "My cases" and the team's queue, a lazily loaded grid read a page at a time through the case
 * search, filtered by queue, status, priority, overdue, assignee and party, in the order chosen. The address keeps
 * the filters. Claim, release and "next case" (the most urgent unclaimed case, claimed and opened).
 */
@Route(value = "analyst/queue", layout = MainLayout.class)
@PageTitle("Case queue · Interdict")
@RolesAllowed("analyst")
public class AnalystQueueView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "analyst/queue";

    /** The prioritisation table's queues; any other queue name can be typed. */
    private static final List<String> KNOWN_QUEUES = List.of("dprk", "sanctions", "trade-lists", "vessels");

    private final CaseQueries queries;
    private final CaseWork work;
    private final Clock clock;
    private final String user = OidcSession.signedInUser().username();

    private final Tab mine = new Tab("My cases");
    private final Tab team = new Tab("Team queue");
    private final Tabs scope = new Tabs(team, mine);
    private final ComboBox<String> queue = new ComboBox<>("Queue");
    private final Select<Optional<CaseStatus>> status = new Select<>();
    private final Select<Optional<Priority>> priority = new Select<>();
    private final Select<Optional<Boolean>> overdue = new Select<>();
    private final TextField assignee = new TextField("Assignee");
    private final TextField party = new TextField("Party");
    private final Select<CaseQuery.Order> order = new Select<>();
    private final CaseGrid grid;
    private CaseFilters filters = CaseFilters.defaults();
    private boolean showing;

    @Inject
    public AnalystQueueView(CaseQueries queries, CaseWork work, Clock clock) {
        this.queries = queries;
        this.work = work;
        this.clock = clock;
        this.grid = new CaseGrid(clock, Optional.of(new CaseGrid.Actions(user, this::claim, this::release)));
        setSizeFull();
        var heading = new H2("Case queue");
        heading.setId("view-heading");
        var next = new Button("Next case", click -> nextCase());
        next.setId("next-case");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setTooltipText("Claim and open the most urgent unclaimed case of the queue filtered (key n in a case)");
        var top = new HorizontalLayout(heading, scope, next);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        top.expand(scope);
        top.setWidthFull();
        add(top, filterBar(), grid);
        expand(grid);
        grid.setItems(q -> queries.search(filters.query(user, clock.instant(), q.getPage(), q.getPageSize()))
                .cases().stream());
    }

    private HorizontalLayout filterBar() {
        mine.setId("scope-mine");
        team.setId("scope-team");
        scope.addSelectedChangeListener(e -> changed(filters.withScope(
                scope.getSelectedTab() == mine ? CaseFilters.Scope.MINE : CaseFilters.Scope.TEAM)));
        queue.setId("filter-queue");
        queue.setItems(KNOWN_QUEUES);
        queue.setAllowCustomValue(true);
        queue.setClearButtonVisible(true);
        queue.setPlaceholder("Any");
        queue.addCustomValueSetListener(e -> queue.setValue(e.getDetail()));
        queue.addValueChangeListener(e -> changed(filters.withQueue(Optional.ofNullable(e.getValue())
                .filter(Queue::isName).map(Queue::new))));
        choose(status, "filter-status", "Status", optionsOf(CaseStatus.values()), "Any status");
        status.addValueChangeListener(e -> changed(filters.withStatus(e.getValue())));
        choose(priority, "filter-priority", "Priority", optionsOf(Priority.values()), "Any");
        priority.addValueChangeListener(e -> changed(filters.withPriority(e.getValue())));
        choose(overdue, "filter-overdue", "Triage SLA", List.of(Optional.empty(), Optional.of(true), Optional.of(false)),
                "Any");
        overdue.setItemLabelGenerator(o -> o.map(late -> late ? "Overdue" : "Within SLA").orElse("Any"));
        overdue.addValueChangeListener(e -> changed(filters.withOverdue(e.getValue())));
        assignee.setId("filter-assignee");
        assignee.setValueChangeMode(ValueChangeMode.LAZY);
        assignee.setClearButtonVisible(true);
        assignee.addValueChangeListener(e -> changed(filters.withAssignee(Optional.of(e.getValue()))));
        party.setId("filter-party");
        party.setValueChangeMode(ValueChangeMode.LAZY);
        party.setClearButtonVisible(true);
        party.setPlaceholder("Name contains…");
        party.addValueChangeListener(e -> changed(filters.withParty(Optional.of(e.getValue()))));
        order.setId("sort");
        order.setLabel("Order");
        order.setItems(CaseQuery.Order.values());
        order.setItemLabelGenerator(o -> switch (o) {
            case PRIORITY -> "Most urgent first";
            case NEWEST -> "Newest first";
            case OLDEST -> "Oldest first";
            case SLA -> "Triage due soonest";
        });
        order.addValueChangeListener(e -> changed(filters.withOrder(e.getValue())));
        var bar = new HorizontalLayout(queue, status, priority, overdue, assignee, party, order);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        return bar;
    }

    private static <T> void choose(Select<Optional<T>> select, String id, String label, List<Optional<T>> items,
                                   String any) {
        select.setId(id);
        select.setLabel(label);
        select.setItems(items);
        select.setItemLabelGenerator(o -> o.map(Object::toString).orElse(any));
    }

    private static <E extends Enum<E>> List<Optional<E>> optionsOf(E[] values) {
        var options = new ArrayList<Optional<E>>();
        options.add(Optional.empty());
        for (E value : values) {
            options.add(Optional.of(value));
        }
        return options;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters = CaseFilters.of(event.getLocation().getQueryParameters());
        showing = true;
        scope.setSelectedTab(filters.scope() == CaseFilters.Scope.MINE ? mine : team);
        queue.setValue(filters.queue().map(Queue::name).orElse(null));
        status.setValue(filters.status());
        priority.setValue(filters.priority());
        overdue.setValue(filters.overdue());
        assignee.setValue(filters.assignee().orElse(""));
        assignee.setEnabled(filters.scope() == CaseFilters.Scope.TEAM);
        party.setValue(filters.party().orElse(""));
        order.setValue(filters.order());
        showing = false;
        grid.getDataProvider().refreshAll();
    }

    /** A filter changed: the address follows (without a new history entry per keystroke), the grid reloads. */
    private void changed(CaseFilters changed) {
        if (showing || changed.equals(filters)) {
            return;
        }
        filters = changed;
        assignee.setEnabled(filters.scope() == CaseFilters.Scope.TEAM);
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(ROUTE, filters.toParameters()));
        grid.getDataProvider().refreshAll();
    }

    private void claim(CaseSummary c) {
        if (Feedback.attempt(() -> work.claim(new CaseId(c.id()), user))) {
            Feedback.done("You hold the case of " + c.partyName() + " now.");
            grid.getDataProvider().refreshAll();
        }
    }

    private void release(CaseSummary c) {
        if (Feedback.attempt(() -> work.release(new CaseId(c.id()), user))) {
            Feedback.done("The case of " + c.partyName() + " is back in the queue.");
            grid.getDataProvider().refreshAll();
        }
    }

    private void nextCase() {
        CaseReviewView.openNextCase(work, user, filters.queue());
    }
}
