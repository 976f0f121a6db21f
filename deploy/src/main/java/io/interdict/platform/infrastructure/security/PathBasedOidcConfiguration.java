package io.interdict.platform.infrastructure.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.wildfly.security.http.oidc.OidcClientConfiguration;
import org.wildfly.security.http.oidc.OidcClientConfigurationBuilder;
import org.wildfly.security.http.oidc.OidcClientConfigurationResolver;
import org.wildfly.security.http.oidc.OidcHttpFacade;

/**
 * One WAR, two kinds of caller. Systems call {@code /api/**} with a bearer token for the
 * {@code interdict-api} audience and must never be redirected to a login page; people use the browser
 * UI everywhere else and sign in at Keycloak (authorisation code with PKCE).
 *
 * <p>WildFly's OIDC client asks this resolver for the configuration of every request. Deciding by path
 * (rather than by request headers, as {@code autodetect-bearer-only} does) also keeps a browser session
 * cookie from authenticating API calls, so the API stays stateless and out of reach of CSRF.
 *
 * <p>Registered in {@code web.xml} as the context parameter {@code oidc.config.resolver}. The two JSON
 * files may use {@code ${property:default}} expressions, resolved from system properties and environment.
 */
public class PathBasedOidcConfiguration implements OidcClientConfigurationResolver {

    static final String API_PATH = "/api/";

    private final OidcClientConfiguration api = load("oidc-api.json");
    private final OidcClientConfiguration browser = load("oidc-web.json");

    @Override
    public OidcClientConfiguration resolve(OidcHttpFacade.Request request) {
        return isApiCall(request.getRelativePath()) ? api : browser;
    }

    static boolean isApiCall(String relativePath) {
        return relativePath != null && (relativePath.startsWith(API_PATH) || relativePath.equals("/api"));
    }

    private static OidcClientConfiguration load(String resource) {
        try (InputStream json = PathBasedOidcConfiguration.class.getClassLoader().getResourceAsStream(resource)) {
            if (json == null) {
                throw new IllegalStateException("Missing OIDC configuration " + resource + " in WEB-INF/classes");
            }
            return OidcClientConfigurationBuilder.build(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
