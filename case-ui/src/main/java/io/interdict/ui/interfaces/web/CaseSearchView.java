package io.interdict.ui.interfaces.web;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The auditor's read-only search across all cases and the audit trail. */
@Route(value = "auditor/search", layout = MainLayout.class)
@PageTitle("Case search · Interdict")
@RolesAllowed("auditor")
public class CaseSearchView extends VerticalLayout {

    public CaseSearchView() {
        var heading = new H2("Case search");
        heading.setId("view-heading");
        add(heading, new Paragraph("Search every case, decision and audit event, read-only."));
    }
}
