package io.interdict.platform;

import static io.interdict.platform.environment.TestEnvironment.serverUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.interdict.platform.environment.Http;
import io.interdict.platform.environment.Tokens;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the server offers and who may use it: the operations of its OpenAPI document, the views of case-ui, and the
 * one table of their roles ({@code src/test/resources/security/role-matrix.txt}).
 */
final class RoleMatrix {

    static final Map<String, Row> TABLE = table();

    private RoleMatrix() {
    }

    /** One row: an API operation ({@code API POST /api/screenings}) or a view ({@code VIEW /admin/lists}). */
    record Row(String key, Set<String> roles, String call) {
    }

    private static Map<String, Row> table() {
        try (InputStream in = RoleMatrix.class.getResourceAsStream("/security/role-matrix.txt")) {
            Map<String, Row> rows = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] cells = line.strip().split("\\s+");
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                boolean api = cells[0].equals("API");
                String key = api ? "API " + cells[1] + " " + cells[2] : "VIEW " + cells[1];
                String roles = cells[api ? 3 : 2];
                String call = api && cells.length > 5 && cells[4].equals("CALL") ? cells[5] : null;
                Set<String> allowed = roles.equals("-") ? Set.of() : Set.of(roles.split(","));
                assertThat(rows.put(key, new Row(key, allowed, call))).as("a second row for " + key).isNull();
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The operations of the OpenAPI document, each with the first media type its body may have (or none). */
    static Map<String, String> operations() throws Exception {
        JsonObject paths = Http.json(Http.get(serverUrl() + "/openapi", "Accept", "application/json"))
                .getJsonObject("paths");
        Map<String, String> operations = new LinkedHashMap<>();
        for (String path : paths.keySet()) {
            JsonObject methods = paths.getJsonObject(path);
            for (String method : methods.keySet()) {
                if (!Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                    continue;
                }
                JsonObject body = methods.getJsonObject(method).getJsonObject("requestBody");
                String type = body == null ? "" : body.getJsonObject("content").keySet().iterator().next();
                operations.put("API " + method.toUpperCase() + " " + path, type);
            }
        }
        return operations;
    }

    /** The routes of the browser UI, as their {@code @Route} annotations write them. */
    static Set<String> views() {
        Set<String> routes = new TreeSet<>();
        for (JavaClass view : new ClassFileImporter().importPackages("io.interdict.ui")) {
            if (view.isAnnotatedWith("com.vaadin.flow.router.Route")) {
                String value = (String) view.getAnnotationOfType("com.vaadin.flow.router.Route").get("value")
                        .orElse("");
                routes.add("VIEW /" + value);
            }
        }
        return routes;
    }


    /** A bearer token of the caller: one of the demo users (password = name), or the screening service. */
    static String tokenOf(String caller) {
        try {
            return caller.equals("screening-service") ? Tokens.forScreeningService() : Tokens.forUser(caller, caller);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("no token for " + caller, e);
        }
    }

    /** A path template's parameters filled in: a list's key for {source}, a fresh UUID for any id. */
    static String filled(String template) {
        return Arrays.stream(template.split("/")).map(part -> part.equals("{source}") ? "us-ofac-sdn"
                : part.startsWith("{") ? UUID.randomUUID().toString() : part).collect(Collectors.joining("/"));
    }
}
