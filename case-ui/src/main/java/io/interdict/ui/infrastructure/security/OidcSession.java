package io.interdict.ui.infrastructure.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import io.interdict.casework.domain.model.Role;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.OidcSecurityContext;
import org.wildfly.security.http.oidc.RefreshableOidcSecurityContext;

/**
 * The browser session that WildFly's OIDC client established after the Keycloak login: who is signed
 * in, and how to end the session both here and at the identity provider.
 */
public final class OidcSession {

    private static final Logger LOG = Logger.getLogger(OidcSession.class.getName());

    private OidcSession() {
    }

    public static SignedInUser signedInUser() {
        var request = VaadinRequest.getCurrent();
        var principal = request.getUserPrincipal();
        String displayName = principal.getName();
        if (principal instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext().getIDToken() != null) {
            String fullName = oidc.getOidcSecurityContext().getIDToken().getName();
            if (fullName != null && !fullName.isBlank()) {
                displayName = fullName;
            }
        }
        return new SignedInUser(principal.getName(), displayName, Role.heldBy(request::isUserInRole));
    }

    /**
     * Ends the Keycloak session too: dropping only our HTTP session would let the identity provider's
     * own session cookie sign the user straight back in on the next request.
     */
    public static void signOut() {
        var session = VaadinSession.getCurrent().getSession();
        if (session.getAttribute(OidcSecurityContext.class.getName()) instanceof RefreshableOidcSecurityContext oidc) {
            try {
                oidc.logout(oidc.getOidcClientConfiguration());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Identity provider logout failed; ending the local session only", e);
            }
        }
        UI.getCurrent().getPage().setLocation("/");
        session.invalidate();
    }
}
