package io.interdict.ui.interfaces.web;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.interdict.casework.application.CaseQueries;
import io.interdict.casework.domain.model.cases.CaseQuery;
import io.interdict.casework.domain.model.cases.CaseStatus;
import io.interdict.ui.interfaces.web.queue.CaseGrid;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * The manager's queue of escalated cases, oldest first. A case the manager escalated themselves is listed too: its
 * review shows the decision buttons disabled with the four-eyes reason, and the domain refuses it if forced.
 */
@Route(value = "manager/escalations", layout = MainLayout.class)
@PageTitle("Escalations · Interdict")
@RolesAllowed("manager")
public class EscalationQueueView extends VerticalLayout {

    @Inject
    public EscalationQueueView(CaseQueries queries, Clock clock) {
        setSizeFull();
        var heading = new H2("Escalations");
        heading.setId("view-heading");
        var grid = new CaseGrid(clock, c -> new Span());
        grid.setId("escalation-grid");
        grid.setItems(q -> queries.search(new CaseQuery(Optional.of(CaseStatus.ESCALATED), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), clock.instant(),
                CaseQuery.Order.OLDEST, q.getPage(), q.getPageSize())).cases().stream());
        add(heading, new Paragraph("Cases an analyst escalated, oldest first: open one to approve the block, reject"
                + " the transaction, or return it to triage."), grid);
        expand(grid);
    }
}
