package io.interdict.platform.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.platform.environment.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The quick start's Keycloak keeps what it is given. {@code bin/interdict run} starts Keycloak in production mode on
 * the quick start's PostgreSQL: a user created through the admin API, a change to the realm, and the realm's signing
 * keys all survive {@code bin/interdict stop} and {@code bin/interdict run} again, so the created user still signs in
 * and a token issued before the restart is still accepted by the server.
 */
class QuickStartIdentityIT {

    /** Long enough that a token issued before the restart is still valid after it (the realm file gives 300 s). */
    private static final int ACCESS_TOKEN_LIFESPAN = 1800;

    private final String user = "ops-" + UUID.randomUUID().toString().substring(0, 8);
    private final String password = UUID.randomUUID().toString();

    @Test
    void aUserARealmChangeAndTheSigningKeysSurviveARestartOfTheQuickStart() throws Exception {
        Path root = Path.of(System.getProperty("interdict.root"));
        try (QuickStart quickStart = QuickStart.fresh(root, root.resolve("deploy/target/it/quickstart-identity"))) {
            quickStart.start();
            String admin = quickStart.keycloakAdminToken();
            setAccessTokenLifespan(quickStart, admin, ACCESS_TOKEN_LIFESPAN);
            createAnalyst(quickStart, admin);
            String analyst = quickStart.token("analyst", "analyst");
            assertThat(me(quickStart, analyst).statusCode()).as("/api/me before the restart").isEqualTo(200);
            assertThat(me(quickStart, quickStart.token(user, password)).statusCode())
                    .as("/api/me of the created user before the restart").isEqualTo(200);

            quickStart.stop();
            quickStart.start();

            assertThat(me(quickStart, analyst).statusCode())
                    .as("/api/me with a token issued before the restart (signed by the realm's kept keys)").isEqualTo(200);
            HttpResponse<String> created = me(quickStart, quickStart.token(user, password));
            assertThat(created.statusCode()).as("/api/me of the user created before the restart").isEqualTo(200);
            assertThat(created.body()).contains(user);
            JsonObject realm = Http.json(Http.get(quickStart.keycloakUrl() + "/admin/realms/interdict",
                    "Authorization", "Bearer " + quickStart.keycloakAdminToken()));
            assertThat(realm.getInt("accessTokenLifespan")).as("a realm change made before the restart")
                    .isEqualTo(ACCESS_TOKEN_LIFESPAN);
            assertThat(quickStart.token("manager", "manager")).as("a demo user of the realm file").isNotBlank();
        }
    }

    private static void setAccessTokenLifespan(QuickStart quickStart, String admin, int seconds)
            throws IOException, InterruptedException {
        var response = Http.put(quickStart.keycloakUrl() + "/admin/realms/interdict", admin,
                Json.createObjectBuilder().add("accessTokenLifespan", seconds).build().toString());
        assertThat(response.statusCode()).as("realm update: %s", response.body()).isEqualTo(204);
    }

    /** A user with a password and the realm role analyst, as an administrator adds one in the admin console. */
    private void createAnalyst(QuickStart quickStart, String admin) throws IOException, InterruptedException {
        String realm = quickStart.keycloakUrl() + "/admin/realms/interdict";
        var newUser = Json.createObjectBuilder()
                .add("username", user).add("enabled", true).add("emailVerified", true)
                .add("email", user + "@interdict.example").add("firstName", "Ops").add("lastName", "Check")
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", password).add("temporary", false)))
                .build();
        var created = Http.postJson(realm + "/users", admin, newUser.toString());
        assertThat(created.statusCode()).as("user creation: %s", created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        var role = Http.get(realm + "/roles/analyst", "Authorization", "Bearer " + admin);
        assertThat(role.statusCode()).as(role.body()).isEqualTo(200);
        var mapped = Http.postJson(location + "/role-mappings/realm", admin, "[" + role.body() + "]");
        assertThat(mapped.statusCode()).as("role mapping: %s", mapped.body()).isEqualTo(204);
    }

    private static HttpResponse<String> me(QuickStart quickStart, String token) throws IOException, InterruptedException {
        return Http.get(quickStart.apiUrl() + "/me", "Authorization", "Bearer " + token);
    }
}
