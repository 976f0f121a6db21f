package io.interdict.platform;

import static io.interdict.platform.environment.TestEnvironment.serverUrl;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.platform.environment.Browser;
import io.interdict.platform.environment.DeployedApplication;
import io.interdict.platform.environment.Http;
import io.interdict.platform.environment.PlatformTest;
import io.interdict.platform.environment.TestEnvironment;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The role matrix, generated from what the server offers: every operation of its OpenAPI document and every view of
 * case-ui (its {@code @Route}s) against every caller (anonymous, analyst, manager, auditor, admin, and the
 * screening service), each cell asserted against the one table of who may do what
 * ({@code src/test/resources/security/role-matrix.txt}). An endpoint or a view without its row fails here, and so
 * does a row whose endpoint or view is gone.
 */
@PlatformTest
class RoleMatrixIT extends DeployedApplication {

    private static final List<String> USERS = List.of("analyst", "manager", "auditor", "admin");
    private static final String SERVICE = "screening-service";
    private static final Map<String, RoleMatrix.Row> TABLE = RoleMatrix.TABLE;
    private static final Map<String, String> TOKENS = new LinkedHashMap<>();

    private static String token(String caller) throws Exception {
        if (!TOKENS.containsKey(caller)) {
            TOKENS.put(caller, RoleMatrix.tokenOf(caller));
        }
        return TOKENS.get(caller);
    }

    @BeforeAll
    static void tokens() throws Exception {
        for (String user : USERS) {
            token(user);
        }
        token(SERVICE);
    }

    @Test
    void everyOperationAndViewHasItsRowAndEveryRowItsOperationOrView() throws Exception {
        Set<String> offered = new TreeSet<>(RoleMatrix.operations().keySet());
        offered.addAll(RoleMatrix.views());
        Set<String> rows = new TreeSet<>(TABLE.keySet());

        assertThat(offered).as("offered by the server but without a row in role-matrix.txt: decide who may use it")
                .isSubsetOf(rows);
        assertThat(rows).as("rows of role-matrix.txt whose endpoint or view is gone").isSubsetOf(offered);
    }

    @Test
    void everyOperationAdmitsExactlyItsRoles() throws Exception {
        SoftAssertions cells = new SoftAssertions();
        int asserted = 0;
        for (Map.Entry<String, String> operation : RoleMatrix.operations().entrySet()) {
            RoleMatrix.Row row = TABLE.get(operation.getKey());
            if (row == null) {
                continue;
            }
            String[] parts = operation.getKey().split(" ");
            String method = parts[1];
            String path = row.call() != null ? row.call() : RoleMatrix.filled(parts[2]);
            String type = operation.getValue().isEmpty() ? null : sendable(operation.getValue());
            byte[] body = type == null ? null : bodyFor(type);
            int anonymous = Http.send(method, serverUrl() + path, null, type, body).statusCode();
            cells.assertThat(anonymous).as("anonymous %s %s", method, path).isEqualTo(401);
            asserted++;
            for (String caller : callers()) {
                HttpResponse<String> answer = Http.send(method, serverUrl() + path, token(caller), type, body);
                if (row.roles().contains(caller)) {
                    cells.assertThat(answer.statusCode()).as("%s %s %s: allowed (%s)", caller, method, path,
                            answer.body()).isNotIn(401, 403).isLessThan(500);
                } else {
                    cells.assertThat(answer.statusCode()).as("%s %s %s: not allowed", caller, method, path)
                            .isEqualTo(403);
                }
                asserted++;
            }
        }
        cells.assertAll();
        assertThat(asserted).as("cells asserted").isEqualTo(6 * RoleMatrix.operations().size());
    }

    @Test
    void everyViewOpensForExactlyItsRoles() throws Exception {
        String caseId = caseToLookAt();
        SoftAssertions cells = new SoftAssertions();
        for (String view : RoleMatrix.views()) {
            String path = view.substring("VIEW ".length()).replace(":caseId", caseId);
            HttpResponse<String> anonymous = Http.get(serverUrl() + path, "Accept", "text/html");
            cells.assertThat(anonymous.statusCode()).as("anonymous %s: sent to sign in", path).isEqualTo(302);
            cells.assertThat(anonymous.headers().firstValue("Location").orElse(""))
                    .startsWith(TestEnvironment.keycloak().realmUrl());
        }
        for (String user : USERS) {
            try (Browser browser = Browser.open()) {
                browser.signIn(user, "/");
                for (String view : RoleMatrix.views()) {
                    String path = view.substring("VIEW ".length()).replace(":caseId", caseId);
                    browser.go(path);
                    browser.until(ExpectedConditions.or(
                            ExpectedConditions.visibilityOfElementLocated(By.id("not-available")),
                            ExpectedConditions.visibilityOfElementLocated(By.id("view-heading")),
                            ExpectedConditions.visibilityOfElementLocated(By.id("case-party"))));
                    boolean opened = browser.all(By.id("not-available")).isEmpty();
                    cells.assertThat(opened).as("%s opens %s", user, path)
                            .isEqualTo(TABLE.get(view).roles().contains(user));
                }
            }
        }
        cells.assertAll();
    }

    private static List<String> callers() {
        List<String> callers = new ArrayList<>(USERS);
        callers.add(SERVICE);
        return callers;
    }

    /** A case of the test's own, for the case view: a listed company screened by the screening service. */
    private static String caseToLookAt() throws Exception {
        HttpResponse<String> screened = Http.postJson(serverUrl() + "/api/screenings", token(SERVICE),
                "{\"name\": \"KOREA MINING DEVELOPMENT TRADING CORPORATION\", \"type\": \"entity\", "
                        + "\"reference\": \"ROLE-MATRIX-" + UUID.randomUUID() + "\"}");
        assertThat(screened.statusCode()).as(screened.body()).isEqualTo(201);
        return Http.json(screened).getString("caseId");
    }

    private static String sendable(String mediaType) {
        return mediaType.equals("*/*") ? "application/octet-stream" : mediaType;
    }

    /** A body of the media type that is no valid request: the allowed callers meet the endpoint's own checks. */
    private static byte[] bodyFor(String mediaType) {
        String body = switch (mediaType) {
            case "application/json" -> "{}";
            case "text/csv", "application/csv" -> "not,a,known,header\n";
            case "application/zip", "application/x-zip-compressed" -> "PK";
            case "application/xml", "text/xml" -> "<not-a-message/>";
            case "text/plain" -> "{1:F01";
            default -> "x";
        };
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
