package io.interdict.ui.interfaces.web;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.interdict.casework.domain.model.Role;
import io.interdict.ui.infrastructure.security.OidcSession;
import io.interdict.ui.infrastructure.security.SignedInUser;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/** The frame around every view: who is signed in, their roles, the views they may open, sign-out. */
@PermitAll
@StyleSheet("context://styles/interdict.css")
public class MainLayout extends AppLayout {

    public MainLayout() {
        SignedInUser user = OidcSession.signedInUser();

        var title = new H1("Interdict");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");

        var name = new Span(user.displayName() + " (" + user.username() + ")");
        name.setId("current-user");
        var roles = new Span(user.roles().stream().map(Role::roleName).collect(Collectors.joining(", ")));
        roles.setId("current-roles");
        roles.getElement().getThemeList().add("badge");
        var signOut = new Button("Sign out", click -> OidcSession.signOut());
        signOut.setId("sign-out");

        var header = new HorizontalLayout(new DrawerToggle(), title, name, roles, signOut);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.setWidthFull();
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);
        addToDrawer(navigationFor(user));
    }

    /** Only the views the user's roles open; access control still guards each route on its own. */
    private static SideNav navigationFor(SignedInUser user) {
        var nav = new SideNav();
        if (user.holds(Role.ANALYST)) {
            nav.addItem(new SideNavItem("Case queue", AnalystQueueView.class));
        }
        if (user.holds(Role.MANAGER)) {
            nav.addItem(new SideNavItem("Escalations", EscalationQueueView.class));
        }
        if (user.holds(Role.AUDITOR)) {
            nav.addItem(new SideNavItem("Case search", CaseSearchView.class));
        }
        if (user.holds(Role.ADMIN)) {
            nav.addItem(new SideNavItem("Lists and batches", ListAdministrationView.class));
        }
        if (user.roles().stream().anyMatch(r -> r != Role.SCREENING_SERVICE)) {
            nav.addItem(new SideNavItem("Reports", ReportsView.class));
        }
        if (user.holds(Role.MANAGER) || user.holds(Role.ADMIN)) {
            nav.addItem(new SideNavItem("Dashboard", DashboardView.class));
        }
        return nav;
    }
}
