package io.interdict.ui.interfaces.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.interdict.casework.application.CaseQueries;
import io.interdict.casework.application.ManagerInbox;
import io.interdict.casework.domain.model.cases.CaseQuery;
import io.interdict.casework.domain.model.cases.CaseStatus;
import io.interdict.casework.domain.model.cases.HistoryFilter;
import io.interdict.casework.domain.model.notification.ManagerNotification;
import io.interdict.ui.infrastructure.security.OidcSession;
import io.interdict.ui.interfaces.web.queue.CaseGrid;
import io.interdict.ui.interfaces.web.support.Feedback;
import io.interdict.ui.interfaces.web.support.Times;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * The manager's queue of escalated cases, oldest first. A case the manager escalated themselves is listed too: its
 * review shows the decision buttons disabled with the four-eyes reason, and the domain refuses it if forced. Below,
 * the managers' inbox: overdue triage and report deadlines, to acknowledge.
 */
@Route(value = "manager/escalations", layout = MainLayout.class)
@PageTitle("Escalations · Interdict")
@RolesAllowed("manager")
public class EscalationQueueView extends VerticalLayout {

    private final ManagerInbox inbox;
    private final String manager = OidcSession.signedInUser().username();
    private final Grid<ManagerNotification> notifications = new Grid<>(ManagerNotification.class, false);

    @Inject
    public EscalationQueueView(CaseQueries queries, ManagerInbox inbox, Clock clock) {
        this.inbox = inbox;
        setSizeFull();
        var heading = new H2("Escalations");
        heading.setId("view-heading");
        var grid = new CaseGrid(clock);
        grid.setId("escalation-grid");
        grid.setItems(q -> queries.search(new CaseQuery(Optional.of(CaseStatus.ESCALATED), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), HistoryFilter.none(), clock.instant(),
                CaseQuery.Order.OLDEST, q.getPage(), q.getPageSize())).cases().stream());
        add(heading, new Paragraph("Cases an analyst escalated, oldest first: open one to approve the block, reject"
                + " the transaction, or return it to triage."), grid, new H3("Inbox"), inbox());
        expand(grid);
    }

    /** The notifications not yet acknowledged (overdue triage, report deadlines); one manager answers for all. */
    private Grid<ManagerNotification> inbox() {
        notifications.setId("inbox-grid");
        notifications.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        notifications.setAllRowsVisible(true);
        notifications.addColumn(n -> Times.minute(n.createdAt())).setHeader("When").setAutoWidth(true)
                .setFlexGrow(0);
        notifications.addColumn(n -> n.kind().name()).setHeader("What").setAutoWidth(true).setFlexGrow(0);
        notifications.addColumn(ManagerNotification::message).setHeader("Message").setFlexGrow(4);
        notifications.addComponentColumn(this::caseLink).setHeader("Case").setAutoWidth(true).setFlexGrow(0);
        notifications.addComponentColumn(n -> {
            var acknowledge = new Button("Acknowledge", click -> {
                if (Feedback.attempt(() -> inbox.acknowledge(n.id(), manager))) {
                    Feedback.done("Acknowledged for all managers.");
                    notifications.getDataProvider().refreshAll();
                }
            });
            acknowledge.setId("acknowledge-" + n.id());
            acknowledge.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return acknowledge;
        }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        notifications.setItems(q -> inbox.list(true, q.getPage(), q.getPageSize()).notifications().stream());
        return notifications;
    }

    private Component caseLink(ManagerNotification n) {
        return n.caseId().<Component>map(id -> new RouterLink("Open case", CaseReviewView.class,
                new RouteParameters("caseId", id.toString()))).orElseGet(Span::new);
    }
}
