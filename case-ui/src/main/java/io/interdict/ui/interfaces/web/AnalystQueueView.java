package io.interdict.ui.interfaces.web;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The analyst's work queue: one case per screened party or transaction with open alerts. */
@Route(value = "analyst/queue", layout = MainLayout.class)
@PageTitle("Case queue · Interdict")
@RolesAllowed("analyst")
public class AnalystQueueView extends VerticalLayout {

    public AnalystQueueView() {
        var heading = new H2("Case queue");
        heading.setId("view-heading");
        add(heading, new Paragraph("Open cases waiting for an analyst's decision will be listed here, most urgent first."));
    }
}
