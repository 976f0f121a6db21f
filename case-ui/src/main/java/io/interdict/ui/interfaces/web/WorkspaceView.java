package io.interdict.ui.interfaces.web;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.interdict.casework.domain.model.Role;
import io.interdict.ui.infrastructure.security.OidcSession;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/** The start page: sends each user to the work of their first role. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Interdict")
@PermitAll
public class WorkspaceView extends VerticalLayout implements BeforeEnterObserver {

    private static final Map<Role, Class<? extends VerticalLayout>> HOME_BY_ROLE = Map.of(
            Role.ANALYST, AnalystQueueView.class,
            Role.MANAGER, EscalationQueueView.class,
            Role.AUDITOR, CaseSearchView.class,
            Role.ADMIN, ListAdministrationView.class);

    public WorkspaceView() {
        var heading = new H2("No work assigned");
        heading.setId("view-heading");
        add(heading, new Paragraph("Your account holds none of Interdict's roles (analyst, manager, auditor, admin). "
                + "Ask an administrator to grant one."));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        OidcSession.signedInUser().roles().stream().findFirst()
                .ifPresent(role -> event.forwardTo(HOME_BY_ROLE.get(role)));
    }
}
