package io.interdict.ui.infrastructure.security;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import io.interdict.ui.interfaces.web.support.UnexpectedErrors;
import jakarta.enterprise.event.Observes;

/**
 * Turns on Vaadin's view access control, which honours {@code @RolesAllowed} and {@code @PermitAll}
 * on routes. Without Spring nothing enables it, and every view would be open to any signed-in user.
 * Roles come from the servlet request, which WildFly's OIDC client fills from the Keycloak token. Each session also
 * gets the error handler that logs a failure under a correlation id and shows the person that id.
 */
public class NavigationAccess {

    /**
     * An expired session reloads the page at once instead of asking the user to: the reload goes through the
     * sign-in at Keycloak and comes back to the same address, so the view, and the filters its address keeps, are
     * there again.
     */
    private static CustomizedSystemMessages reloadOnExpiry() {
        var messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        return messages;
    }

    void enable(@Observes ServiceInitEvent event) {
        var accessControl = new NavigationAccessControl();
        event.getSource().addUIInitListener(uiEvent -> uiEvent.getUI().addBeforeEnterListener(accessControl));
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(new UnexpectedErrors()));
        event.getSource().setSystemMessagesProvider(info -> reloadOnExpiry());
    }
}
