package io.interdict.ui.interfaces.web;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The administrator's view of sanctions list versions. */
@Route(value = "admin/lists", layout = MainLayout.class)
@PageTitle("Sanctions lists · Interdict")
@RolesAllowed("admin")
public class ListAdministrationView extends VerticalLayout {

    public ListAdministrationView() {
        var heading = new H2("Sanctions lists");
        heading.setId("view-heading");
        add(heading, new Paragraph("Loaded list versions, their differences and activation will be managed here."));
    }
}
