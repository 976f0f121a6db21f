package io.interdict.ui.interfaces.web;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for unknown views and for views the user's roles do not open. Vaadin's access control
 * deliberately reports a forbidden view as "not found", so a user cannot probe which views exist.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotAvailableView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        var heading = new H2("Not available");
        heading.setId("not-available");
        add(heading, new Paragraph("'" + event.getLocation().getPath()
                + "' does not exist or is not open to your roles."));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
