package io.interdict.platform;

import static io.interdict.platform.environment.TestEnvironment.serverUrl;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.platform.environment.DeployedApplication;
import io.interdict.platform.environment.Http;
import io.interdict.platform.environment.PlatformTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;

/**
 * Hostile bodies against every JSON and CSV operation of the OpenAPI document, sent by a caller the role matrix
 * admits (so that they meet the endpoint's own reading, not the role check): JSON that breaks off, nesting thousands
 * deep, the operation's own fields with values of every wrong type, strings of control characters, lone surrogates,
 * right-to-left overrides and a megabyte of text, bytes that are not UTF-8, and CSV with broken quoting, NULs and
 * formulas. No answer may be a server error, and every refusal is a problem+json body with a detail a person can
 * act on. The bodies come from jqwik's generators with a fixed seed: a failure is repeated by running it again.
 * Then every operation's path parameters and query parameters, one at a time, get hostile values.
 */
@PlatformTest
class ApiFuzzIT extends DeployedApplication {

    private static final int BODIES_PER_OPERATION = 60;
    private static final long SEED = 20261207L;
    /** A hostile body must be refused as fast as any other: one that holds the server this long is a fault. */
    private static final long SLOW_MILLIS = 5_000;

    @Test
    void hostileBodiesAreProblemsNeverServerErrors() throws Exception {
        // jqwik's generators outside a property: a session of their own, seeded, so a run can be repeated
        JqwikSession.start(Long.toString(SEED));
        try {
            sendHostileBodies();
        } finally {
            JqwikSession.finish();
        }
    }

    private void sendHostileBodies() throws Exception {
        JsonObject document = Http.json(Http.get(serverUrl() + "/openapi", "Accept", "application/json"));
        Map<String, String> tokens = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        Random random = new Random(SEED);
        for (String operation : RoleMatrix.operations().keySet()) {
            String[] parts = operation.split(" ");
            for (String type : fuzzedTypesOf(document, parts[2], parts[1].toLowerCase())) {
                String caller = RoleMatrix.TABLE.get(operation).roles().stream().sorted().findFirst().orElseThrow();
                String token = tokens.computeIfAbsent(caller, RoleMatrix::tokenOf);
                Arbitrary<byte[]> bodies = type.equals("text/csv") ? csvBodies()
                        : jsonBodies(fieldsOf(document, parts[2], parts[1].toLowerCase()));
                sent += send(parts[1], RoleMatrix.filled(parts[2]), type, token, bodies, random, failures);
            }
        }
        System.out.printf("[api-fuzz] %d hostile bodies sent, %d answers at fault%n", sent, failures.size());
        assertThat(failures).as("answers that were server errors, slow, or not problem+json").isEmpty();
        assertThat(sent).isGreaterThanOrEqualTo(12 * BODIES_PER_OPERATION);
    }

    /**
     * Values no path segment or query parameter should choke on: not the type declared, out of range, impossible
     * dates, SQL and script text, a path that climbs out, encoded NUL, an invalid UTF-8 sequence, bidi overrides,
     * astral characters, four thousand letters. Sent URL-encoded, except the last ones, which are encodings already.
     */
    private static final List<String> HOSTILE_VALUES = List.of("", " ", "not-a-uuid",
            "00000000-0000-0000-0000-000000000000", "-1", "0", "99999999999999999999", "1e999", "NaN", "2019-13-01",
            "2026-02-30", "' OR '1'='1", "1; DROP TABLE screening_case", "<script>alert(1)</script>", "=HYPERLINK(1)",
            "../../etc/passwd", "\u202Eevil", "𝕂𝕆𝕄𝕀𝔻", "김정은", "a,b,c", "A".repeat(4_000));
    private static final List<String> HOSTILE_ENCODINGS = List.of("%00", "%C3%28", "%E2%80%AE", "..%2F..%2F", "%2e%2e",
            "%FF%FE");

    /**
     * Every operation with each path parameter in turn, and each declared query parameter in turn, given every
     * hostile value (the rest filled in as a caller would), by a caller the role matrix admits. No answer may be a
     * server error or slow; every refusal the application gives is a problem+json body. A refusal without the
     * application's correlation id never reached it (the web server refuses a malformed address itself) and is
     * counted apart.
     */
    @Test
    void hostilePathSegmentsAndQueryValuesAreProblemsNeverServerErrors() throws Exception {
        JsonObject document = Http.json(Http.get(serverUrl() + "/openapi", "Accept", "application/json"));
        Map<String, String> tokens = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        int refusedByTheWebServer = 0;
        for (Map.Entry<String, String> operation : RoleMatrix.operations().entrySet()) {
            String[] parts = operation.getKey().split(" ");
            String method = parts[1];
            String template = parts[2];
            String caller = RoleMatrix.TABLE.get(operation.getKey()).roles().stream().sorted().findFirst().orElseThrow();
            String token = tokens.computeIfAbsent(caller, RoleMatrix::tokenOf);
            String type = operation.getValue().isEmpty() ? null : operation.getValue();
            byte[] body = type == null ? null : utf8(type.equals("text/csv") ? "name\n" : "{}");
            for (String address : hostileAddresses(document, template, method.toLowerCase())) {
                HttpResponse<String> answer;
                long start = System.nanoTime();
                try {
                    answer = Http.send(method, serverUrl() + address, token, type, body);
                } catch (java.net.http.HttpTimeoutException timedOut) {
                    failures.add(method + " " + address + ": no answer within a minute");
                    continue;
                }
                sent++;
                long millis = (System.nanoTime() - start) / 1_000_000;
                boolean reachedTheApplication = answer.headers().firstValue("X-Correlation-Id").isPresent();
                String fault = answer.statusCode() >= 500 || reachedTheApplication ? faultOf(answer) : null;
                if (!reachedTheApplication && answer.statusCode() < 500) {
                    refusedByTheWebServer++;
                }
                if (fault == null && millis > SLOW_MILLIS) {
                    fault = "answered only after " + millis + " ms";
                }
                if (fault != null && failures.size() < 40) {
                    failures.add(method + " " + clip(address) + ": " + fault);
                }
            }
        }
        System.out.printf("[api-fuzz] %d hostile addresses sent, %d refused by the web server before the application,"
                + " %d answers at fault%n", sent, refusedByTheWebServer, failures.size());
        assertThat(failures).as("answers that were server errors, slow, or not problem+json").isEmpty();
        assertThat(sent).isGreaterThan(500);
    }

    /** The operation's address with one path parameter or one query parameter hostile at a time. */
    private static List<String> hostileAddresses(JsonObject document, String template, String method) {
        List<String> values = new ArrayList<>();
        HOSTILE_VALUES.forEach(value -> values.add(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20")));
        values.addAll(HOSTILE_ENCODINGS);
        List<String> addresses = new ArrayList<>();
        String[] segments = template.split("/");
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].startsWith("{")) {
                for (String value : values) {
                    String[] hostile = RoleMatrix.filled(template).split("/");
                    hostile[i] = value;
                    addresses.add(String.join("/", hostile));
                }
            }
        }
        JsonObject operation = document.getJsonObject("paths").getJsonObject(template).getJsonObject(method);
        if (operation.containsKey("parameters")) {
            for (JsonValue parameter : operation.getJsonArray("parameters")) {
                JsonObject declared = parameter.asJsonObject();
                if (declared.getString("in", "").equals("query")) {
                    values.forEach(value -> addresses.add(RoleMatrix.filled(template) + "?"
                            + declared.getString("name") + "=" + value));
                }
            }
        }
        return addresses;
    }

    private static String clip(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    /** The JSON and CSV media types the operation's body may have. */
    private static List<String> fuzzedTypesOf(JsonObject document, String path, String method) {
        JsonObject body = document.getJsonObject("paths").getJsonObject(path).getJsonObject(method)
                .getJsonObject("requestBody");
        return body == null ? List.of() : body.getJsonObject("content").keySet().stream()
                .filter(type -> type.equals("application/json") || type.equals("text/csv")).toList();
    }

    private static int send(String method, String path, String type, String token, Arbitrary<byte[]> bodies,
                            Random random, List<String> failures) throws Exception {
        var generator = bodies.generator(1000);
        for (int i = 0; i < BODIES_PER_OPERATION; i++) {
            byte[] body = generator.next(random).value();
            String fault;
            long start = System.nanoTime();
            try {
                fault = faultOf(Http.send(method, serverUrl() + path, token, type, body));
            } catch (java.net.http.HttpTimeoutException timedOut) {
                fault = "no answer within a minute";
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (fault == null && millis > SLOW_MILLIS) {
                fault = "answered only after " + millis + " ms";
            }
            if (fault != null && failures.size() < 40) {
                failures.add(method + " " + path + " (" + type + ") with " + preview(body) + ": " + fault);
            }
        }
        return BODIES_PER_OPERATION;
    }

    /** Why an answer is at fault, or null: a server error, or a refusal that is not a problem a person can read. */
    private static String faultOf(HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (status >= 500) {
            return status + " " + answer.body();
        }
        if (status < 400) {
            return null;
        }
        if (!answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return status + " without problem+json: " + answer.body();
        }
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            JsonObject problem = reader.readObject();
            return problem.getInt("status") == status && !problem.getString("detail", "").isBlank() ? null
                    : status + " with an incomplete problem: " + answer.body();
        } catch (RuntimeException e) {
            return status + " with a body that is no JSON: " + answer.body();
        }
    }

    /** The top-level fields of the operation's JSON body, with their declared types, from the OpenAPI document. */
    private static Map<String, String> fieldsOf(JsonObject document, String path, String method) {
        JsonObject content = document.getJsonObject("paths").getJsonObject(path).getJsonObject(method)
                .getJsonObject("requestBody").getJsonObject("content").getJsonObject("application/json");
        JsonObject schema = content.getJsonObject("schema");
        if (schema.containsKey("$ref")) {
            String name = schema.getString("$ref").substring("#/components/schemas/".length());
            schema = document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        JsonObject properties = schema.getJsonObject("properties");
        if (properties != null) {
            properties.forEach((field, declared) -> fields.put(field, declared.getValueType() == JsonValue.ValueType.OBJECT
                    ? ((JsonObject) declared).getString("type", "object") : "object"));
        }
        return fields;
    }

    private static Arbitrary<byte[]> jsonBodies(Map<String, String> fields) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, brokenJson()),
                net.jqwik.api.Tuple.of(2, deepNesting()),
                net.jqwik.api.Tuple.of(6, wrongTypes(fields)),
                net.jqwik.api.Tuple.of(1, notUtf8()),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("", "null", "[]", "0", "\"text\"", "true", "\uFEFF{}", "{}{}")
                        .map(ApiFuzzIT::utf8)));
    }

    /** JSON's own characters in any order, and valid beginnings broken off. */
    private static Arbitrary<byte[]> brokenJson() {
        Arbitrary<String> soup = Arbitraries.strings().withChars("{}[]\",:0123456789.eE+-truefalsn \\u\n\t")
                .ofMinLength(1).ofMaxLength(80);
        Arbitrary<String> cut = Arbitraries.of("{\"name\": \"KOMID\", \"type\": \"ent", "{\"a\":", "[{\"x\": [1, 2",
                "{\"name\": \"\\ud800\"", "{\"name\": \"\\u00", "{\"reference\": 1e999999}", "{\"n\": -}");
        return Arbitraries.oneOf(soup, cut).map(ApiFuzzIT::utf8);
    }

    private static Arbitrary<byte[]> deepNesting() {
        return Arbitraries.integers().between(50, 5_000).flatMap(depth -> Arbitraries.of(
                "[".repeat(depth) + "]".repeat(depth),
                "{\"a\":".repeat(depth) + "1" + "}".repeat(depth),
                "[".repeat(depth)).map(ApiFuzzIT::utf8));
    }

    /** An object of the operation's own fields, each given a value of another type, or a hostile string. */
    private static Arbitrary<byte[]> wrongTypes(Map<String, String> fields) {
        List<String> names = new ArrayList<>(fields.keySet());
        names.addAll(List.of("name", "unknownField", "__proto__"));
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of("null", "true", "-1", "0", "1.5e308", "99999999999999999999999", "[]", "{}",
                        "[\"a\", 1]", "{\"nested\": {\"x\": [null]}}", "\"\"", "\" \"", "\"not-a-uuid\"",
                        "\"2026-02-30\"", "\"=HYPERLINK(\\\"http://x\\\")\"", "\"<script>alert(1)</script>\""),
                hostileText().map(ApiFuzzIT::quoted));
        return Arbitraries.subsetOf(names).ofMinSize(1).flatMap(chosen -> value.list().ofSize(chosen.size())
                .map(values -> {
                    List<String> members = new ArrayList<>();
                    List<String> keys = new ArrayList<>(chosen);
                    for (int i = 0; i < keys.size(); i++) {
                        members.add(quoted(keys.get(i)) + ": " + values.get(i));
                    }
                    return utf8("{" + String.join(", ", members) + "}");
                }));
    }

    /** Text no form should choke on: controls, lone surrogates, bidi overrides, combining marks, a megabyte. */
    private static Arbitrary<String> hostileText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(20),
                Arbitraries.of("\uD800", "\uDFFF abc", "\u202Eevil\u202C", "e\u0301\u0301\u0301\u0301", "\uFEFF",
                        "𝕂𝕆𝕄𝕀𝔻", "김정은", "Ким Чен Ын", "كيم", "\u0000KOMID"),
                Arbitraries.just("A".repeat(1_048_576)));
    }

    private static Arbitrary<byte[]> notUtf8() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(200)
                .map(bytes -> {
                    byte[] body = Arrays.copyOf(bytes, bytes.length + 3);
                    body[bytes.length] = (byte) 0xC3;
                    body[bytes.length + 1] = (byte) 0x28;
                    body[bytes.length + 2] = (byte) 0xFF;
                    return body;
                });
    }

    private static Arbitrary<byte[]> csvBodies() {
        Arbitrary<String> cell = Arbitraries.oneOf(hostileText().filter(t -> t.length() < 1_000),
                Arbitraries.of("\"", "\"\"\"", "\"open", "=1+1", "@SUM(A1)", "-2+3", "+cmd", ",,,,", "a\u0000b",
                        "name", "type", "country", "owner", "owned", "percent", "150", "-5", "KOMID"));
        Arbitrary<String> line = cell.list().ofMinSize(0).ofMaxSize(8).map(cells -> String.join(",", cells));
        return Arbitraries.oneOf(
                line.list().ofMinSize(1).ofMaxSize(30).map(lines -> String.join("\n", lines)).map(ApiFuzzIT::utf8),
                line.list().ofMinSize(1).ofMaxSize(5).map(lines -> "\uFEFFid,name,type,country,dob\n"
                        + String.join("\r\n", lines)).map(ApiFuzzIT::utf8),
                notUtf8());
    }

    private static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String preview(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return body.length + " bytes '" + (text.length() > 120 ? text.substring(0, 120) + "…" : text) + "'";
    }
}
