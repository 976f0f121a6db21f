package io.interdict.platform.environment;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

/** Access tokens from the test Keycloak, obtained the way the command-line client obtains them. */
public final class Tokens {

    private Tokens() {
    }

    /** Password grant on the public {@code interdict-cli} client: tokens carry the {@code interdict-api} audience. */
    public static String forUser(String username, String password) throws IOException, InterruptedException {
        return passwordGrant("interdict-cli", username, password);
    }

    /** The client a screening system signs in with, and the user name its tokens carry. */
    public static final String SCREENING_SERVICE_CLIENT = "interdict-screening-service";
    public static final String SCREENING_SERVICE_USER = "service-account-" + SCREENING_SERVICE_CLIENT;

    /** Client-credentials grant, as a system that screens parties obtains its token (role {@code screening-service}). */
    public static String forScreeningService() throws IOException, InterruptedException {
        var response = Http.postForm(TestEnvironment.keycloak().realmUrl() + "/protocol/openid-connect/token", Map.of(
                "grant_type", "client_credentials", "client_id", SCREENING_SERVICE_CLIENT,
                "client_secret", SCREENING_SERVICE_CLIENT + "-secret"));
        require(response.statusCode() == 200, "token for " + SCREENING_SERVICE_CLIENT + ": " + response.body());
        return Http.json(response).getString("access_token");
    }

    /** Password grant on Keycloak's own {@code admin-cli} client: a valid token, but not for our API. */
    public static String forAnotherAudience(String username, String password) throws IOException, InterruptedException {
        return passwordGrant("admin-cli", username, password);
    }

    /**
     * Creates a user who holds none of Interdict's roles (through Keycloak's admin API, so the demo realm
     * stays as shipped) and returns its user name; its password is the user name.
     */
    public static String createUserWithoutRoles() throws IOException, InterruptedException {
        var keycloak = TestEnvironment.keycloak();
        String adminToken = keycloak.adminToken();
        String username = "visitor-" + UUID.randomUUID().toString().substring(0, 8);
        String user = """
                {"username": "%s", "enabled": true, "emailVerified": true, "email": "%s@interdict.example",
                 "firstName": "Vera", "lastName": "Visitor",
                 "credentials": [{"type": "password", "value": "%s", "temporary": false}]}
                """.formatted(username, username, username);
        var created = Http.postJson(keycloak.url() + "/admin/realms/interdict/users", adminToken, user);
        require(created.statusCode() == 201, "create user: " + created.statusCode() + " " + created.body());
        return username;
    }

    private static String passwordGrant(String clientId, String username, String password) throws IOException, InterruptedException {
        var response = Http.postForm(TestEnvironment.keycloak().realmUrl() + "/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", clientId, "username", username, "password", password));
        require(response.statusCode() == 200, "token for " + username + " via " + clientId + ": " + response.body());
        return Http.json(response).getString("access_token");
    }

    private static void require(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException(failure);
        }
    }
}
