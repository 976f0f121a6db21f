package io.interdict.ui.interfaces.web;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The manager's queue of escalated cases (four eyes: never their own escalations). */
@Route(value = "manager/escalations", layout = MainLayout.class)
@PageTitle("Escalations · Interdict")
@RolesAllowed("manager")
public class EscalationQueueView extends VerticalLayout {

    public EscalationQueueView() {
        var heading = new H2("Escalations");
        heading.setId("view-heading");
        add(heading, new Paragraph("Cases escalated by analysts will wait here for a second person's decision."));
    }
}
