package io.interdict.platform;

import static io.interdict.platform.environment.TestEnvironment.managementUrl;
import static io.interdict.platform.environment.TestEnvironment.serverUrl;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.platform.environment.DeployedApplication;
import io.interdict.platform.environment.Http;
import io.interdict.platform.environment.PlatformTest;
import io.interdict.platform.environment.TestEnvironment;
import io.interdict.platform.environment.Tokens;
import jakarta.json.JsonString;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may reach what: the REST API with bearer tokens, the UI's login redirect, and the public endpoints. */
@PlatformTest
class ApiSecurityIT extends DeployedApplication {

    private static final String ME = "/api/me";

    @Test
    void anonymousApiCallsAreRejectedWithoutRedirect() throws Exception {
        assertThat(Http.get(serverUrl() + ME).statusCode()).isEqualTo(401);
        // a browser-like Accept header must not turn an API call into a login redirect
        assertThat(Http.get(serverUrl() + ME, "Accept", "text/html").statusCode()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0} sees their own name and roles")
    @CsvSource({
            "analyst,  analyst",
            "analyst2, analyst",
            "manager,  manager",
            "manager2, analyst manager",
            "auditor,  auditor",
            "admin,    admin"})
    void everyRoleMayAskWhoItIs(String user, String roles) throws Exception {
        var response = Http.get(serverUrl() + ME, "Authorization", "Bearer " + Tokens.forUser(user, user));

        assertThat(response.statusCode()).isEqualTo(200);
        var body = Http.json(response);
        assertThat(body.getString("username")).isEqualTo(user);
        assertThat(body.getJsonArray("roles").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .containsExactlyElementsOf(List.of(roles.split(" ")));
    }

    @Test
    void aScreeningSystemSignsInWithClientCredentialsAndHoldsOnlyTheServiceRole() throws Exception {
        var response = Http.get(serverUrl() + ME, "Authorization", "Bearer " + Tokens.forScreeningService());

        assertThat(response.statusCode()).isEqualTo(200);
        var body = Http.json(response);
        assertThat(body.getString("username")).isEqualTo(Tokens.SCREENING_SERVICE_USER);
        assertThat(body.getJsonArray("roles").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .containsExactly("screening-service");
    }

    @Test
    void aSignedInUserWithoutAnInterdictRoleIsForbidden() throws Exception {
        String visitor = Tokens.createUserWithoutRoles();

        var response = Http.get(serverUrl() + ME, "Authorization", "Bearer " + Tokens.forUser(visitor, visitor));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void aForgedTokenIsRejected() throws Exception {
        String[] parts = Tokens.forUser("analyst", "analyst").split("\\.");
        // same header and signature, but claims that now say "admin": the signature no longer matches
        String claims = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"analyst\"", "\"admin\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes()) + "." + parts[2];

        assertThat(Http.get(serverUrl() + ME, "Authorization", "Bearer " + forged).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenForAnotherAudienceIsRejected() throws Exception {
        String token = Tokens.forAnotherAudience("admin", "admin");

        assertThat(Http.get(serverUrl() + ME, "Authorization", "Bearer " + token).statusCode()).isEqualTo(401);
    }

    @Test
    void theBrowserIsSentToKeycloakWithPkce() throws Exception {
        var response = Http.get(serverUrl() + "/", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString()
                .startsWith(TestEnvironment.keycloak().realmUrl() + "/protocol/openid-connect/auth")
                .contains("client_id=interdict-web")
                .contains("code_challenge_method=S256");
    }

    @Test
    void theOpenApiDocumentIsPublicAndDescribesTheApi() throws Exception {
        var response = Http.get(serverUrl() + "/openapi", "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.json(response).getJsonObject("paths").keySet()).contains(ME).noneMatch(p -> p.contains("engine"));
    }

    @Test
    void theOpenApiDocumentGivesTheScreeningAnswersItsSchema() throws Exception {
        var document = Http.json(Http.get(serverUrl() + "/openapi", "Accept", "application/json"));

        var responses = document.getJsonObject("paths").getJsonObject("/api/screenings").getJsonObject("post")
                .getJsonObject("responses");
        assertThat(responses.keySet()).contains("200", "201", "400", "422", "503");
        var created = responses.getJsonObject("201").getJsonObject("content").getJsonObject("application/json")
                .getJsonObject("schema");
        assertThat(created.getString("$ref")).endsWith("/ScreeningResult");
        var schemas = document.getJsonObject("components").getJsonObject("schemas");
        assertThat(schemas.getJsonObject("ScreeningResult").getJsonObject("properties").keySet())
                .contains("screeningId", "outcome", "caseId", "hits", "suppressed", "listVersions");
        assertThat(schemas.getJsonObject("HitView").getJsonObject("properties").keySet())
                .contains("source", "sourceId", "listVersion", "score", "explanation", "tokens", "features");
    }

    @Test
    void healthIsServedOnTheManagementInterface() throws Exception {
        assertThat(Http.get(managementUrl() + "/health/live").statusCode()).isEqualTo(200);

        var ready = Http.get(managementUrl() + "/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(Http.json(ready).getString("status")).isEqualTo("UP");
    }
}
