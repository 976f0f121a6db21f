package io.interdict.casework;

import static io.interdict.casework.CaseworkApi.auditOf;
import static io.interdict.casework.CaseworkApi.awaitAllSealed;
import static io.interdict.casework.CaseworkApi.decision;
import static io.interdict.casework.CaseworkApi.escalate;
import static io.interdict.casework.CaseworkApi.falsePositive;
import static io.interdict.casework.CaseworkApi.get;
import static io.interdict.casework.CaseworkApi.json;
import static io.interdict.casework.CaseworkApi.party;
import static io.interdict.casework.CaseworkApi.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.platform.environment.DeployedApplication;
import io.interdict.platform.environment.PlatformTest;
import io.interdict.platform.environment.TestEnvironment;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Casework in the real server, on PostgreSQL, with Keycloak tokens: screening opens cases, the workflow routes them
 * through triage and four-eyes escalation, and every step lands in a hash-chained audit trail.
 */
@PlatformTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseworkIT extends DeployedApplication {

    private static final String KOMID = "KOREA MINING DEVELOPMENT TRADING CORPORATION";

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String openCase(String name, String reference) throws Exception {
        HttpResponse<String> response = post("analyst", "/api/screenings", party(name, reference));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonObject result = json(response);
        assertThat(result.getString("outcome")).isEqualTo("HIT");
        return result.getString("caseId");
    }

    private static JsonObject caseOf(String caseId) throws Exception {
        HttpResponse<String> response = get("analyst", "/api/cases/" + caseId);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static List<String> auditActions(String caseId) throws Exception {
        return auditOf(caseId).stream().map(e -> e.getString("action")).toList();
    }

    @Test
    @Order(1)
    void aListedCompanyIsAHitWithReasonsAndACleanNameIsClear() throws Exception {
        HttpResponse<String> hit = post("analyst", "/api/screenings", party(KOMID, unique("E2E")));

        assertThat(hit.statusCode()).as(hit.body()).isEqualTo(201);
        JsonObject result = json(hit);
        assertThat(result.getString("outcome")).isEqualTo("HIT");
        assertThat(result.getString("caseId")).isNotBlank();
        JsonObject best = result.getJsonArray("hits").getJsonObject(0);
        assertThat(best.getJsonNumber("score").doubleValue()).isGreaterThan(0.9);
        assertThat(best.getString("primaryName")).containsIgnoringCase("KOREA MINING DEVELOPMENT");
        assertThat(best.getString("explanation")).isNotBlank();
        assertThat(best.getJsonArray("features")).isNotEmpty();

        HttpResponse<String> clear = post("analyst", "/api/screenings", party("Harriet Pemberton-Ashworth", unique("C")));
        assertThat(clear.statusCode()).as(clear.body()).isEqualTo(201);
        assertThat(json(clear).getString("outcome")).isEqualTo("CLEAR");
        assertThat(json(clear).get("caseId")).isIn(null, JsonValue.NULL);
    }

    @Test
    @Order(2)
    void theCaseGoesThroughTriageAndFourEyesEscalationToBlocking() throws Exception {
        String caseId = openCase(KOMID, unique("E2E"));

        HttpResponse<String> queue = get("analyst", "/api/cases?status=IN_TRIAGE&sort=NEWEST&size=200");
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(json(queue).getJsonArray("cases").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("id")).contains(caseId);
        assertThat(caseOf(caseId).getString("currentTask")).isEqualTo("triage");
        assertThat(caseOf(caseId).getString("queue")).isEqualTo("dprk");
        assertThat(processVariablesOf(caseId)).as("the process keeps only the case id and the due time")
                .containsExactlyInAnyOrder("caseId", "triageDue");
        JsonObject stored = caseOf(caseId);
        JsonObject opened = auditOf(caseId).stream().filter(e -> e.getString("action").equals("CASE_OPENED"))
                .findFirst().orElseThrow();
        assertThat(opened.getString("after")).as("the case's first audited state is the state it was stored in")
                .startsWith("status=IN_TRIAGE, priority=" + stored.getString("priority") + ", queue="
                        + stored.getString("queue") + ", assignee=none, slaDueAt="
                        + Instant.parse(stored.getString("slaDueAt")) + ", decisions=0");

        HttpResponse<String> escalated = post("manager2", "/api/cases/" + caseId + "/triage",
                escalate("KOMID is listed by the UN and OFAC; name matches in full"));
        assertThat(escalated.statusCode()).as(escalated.body()).isEqualTo(200);
        assertThat(json(escalated).getString("status")).isEqualTo("ESCALATED");
        assertThat(json(escalated).getString("currentTask")).isEqualTo("escalation");

        HttpResponse<String> refused = post("manager2", "/api/cases/" + caseId + "/escalation",
                decision("BLOCK", "I escalated it and approve it myself"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(json(refused).getString("detail")).contains("four eyes").contains("manager2");
        assertThat(caseOf(caseId).getString("status")).isEqualTo("ESCALATED");

        HttpResponse<String> blocked = post("manager", "/api/cases/" + caseId + "/escalation",
                decision("BLOCK", "UN 1718 designation KPe.001: block the funds"));
        assertThat(blocked.statusCode()).as(blocked.body()).isEqualTo(200);
        assertThat(json(blocked).getString("status")).isEqualTo("BLOCK_APPROVED");
        assertThat(json(blocked).getJsonArray("decisions").getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("actor") + ":" + d.getString("outcome"))
                .containsExactly("manager2:ESCALATE", "manager:BLOCK");

        assertThat(auditActions(caseId)).containsSubsequence("ALERT_RAISED", "CASE_OPENED", "CASE_TRIAGED", "FOUR_EYES_REFUSED", "ESCALATION_DECIDED", "HANDED_OVER_TO_REPORTING");
        assertThat(awaitAllSealed().getBoolean("intact")).isTrue();
        // sealed by the chainer in the order recorded: the case's events hold ascending places in the one chain
        List<Long> positions = auditOf(caseId).stream().map(e -> e.getJsonNumber("sequence").longValue()).toList();
        assertThat(positions).isSorted().doesNotHaveDuplicates();
        JsonObject verify = json(get("auditor", "/api/audit/verify"));
        assertThat(verify.getBoolean("intact")).as(verify.toString()).isTrue();
        assertThat(verify.getJsonNumber("eventsVerified").longValue())
                .isGreaterThanOrEqualTo(positions.get(positions.size() - 1));
    }

    @Test
    @Order(3)
    void anAcceptedFalseHitIsSuppressedUntilThePartyChanges() throws Exception {
        String reference = unique("FP");
        String caseId = openCase("TANCHON COMMERCIAL BANK", reference);

        HttpResponse<String> closed = post("analyst", "/api/cases/" + caseId + "/triage",
                falsePositive("Our customer is a person of this name, the hit is a bank"));
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(json(closed).getString("status")).isEqualTo("CLOSED_FALSE_POSITIVE");

        HttpResponse<String> again = post("analyst", "/api/screenings", party("TANCHON COMMERCIAL BANK", reference));
        assertThat(json(again).getString("outcome")).as(again.body()).isEqualTo("CLEAR");
        assertThat(json(again).getJsonArray("suppressed")).isNotEmpty();

        HttpResponse<String> changed = post("analyst", "/api/screenings",
                "{\"name\": \"TANCHON COMMERCIAL BANK\", \"reference\": \"" + reference + "\", \"country\": \"KP\"}");
        assertThat(json(changed).getString("outcome")).as(changed.body()).isEqualTo("HIT");
    }

    @Test
    @Order(4)
    void aReturnedEscalationGoesBackToTriageWithTheManagersComment() throws Exception {
        String caseId = openCase(KOMID, unique("RET"));
        post("analyst", "/api/cases/" + caseId + "/triage", escalate("full name match"));

        HttpResponse<String> returned = post("manager", "/api/cases/" + caseId + "/escalation",
                decision("RETURN", "Obtain the counterparty's registration certificate"));

        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
        JsonObject view = json(returned);
        assertThat(view.getString("status")).isEqualTo("IN_TRIAGE");
        assertThat(view.getString("currentTask")).isEqualTo("triage");
        assertThat(view.getJsonArray("comments").getJsonObject(0).getString("text"))
                .contains("registration certificate");
    }

    @Test
    @Order(5)
    void overdueTriageRaisesThePriorityAndNotifiesManagers() throws Exception {
        // a Cuba-programme bank: prioritised below CRITICAL, so the raise shows (a DPRK case starts at the top)
        String closedId = openCase(KOMID, unique("SLA-CLOSED"));
        assertThat(post("analyst", "/api/cases/" + closedId + "/triage", falsePositive("not our party")).statusCode())
                .isEqualTo(200);
        String caseId = openCase("BANCO NACIONAL DE CUBA", unique("SLA"));
        String priorityBefore = caseOf(caseId).getString("priority");

        JsonObject view = caseOf(caseId);
        for (int i = 0; i < 90 && !view.getBoolean("overdue"); i++) {
            Thread.sleep(1000);
            view = caseOf(caseId);
        }

        assertThat(view.getBoolean("overdue")).as("triage SLA timer fired").isTrue();
        assertThat(view.getString("priority")).isNotEqualTo(priorityBefore);
        assertThat(view.getString("currentTask")).isEqualTo("triage");
        assertThat(auditActions(caseId)).contains("TRIAGE_OVERDUE", "MANAGERS_NOTIFIED");
        assertThat(Instant.parse(caseOf(closedId).getString("slaDueAt"))).as("both SLAs have passed")
                .isBefore(Instant.now());
        assertThat(caseIdsListed("/api/cases?overdue=true&sort=NEWEST&size=200"))
                .as("overdue lists cases still in triage, not a case closed before its SLA passed")
                .contains(caseId).doesNotContain(closedId);
        assertThat(caseIdsListed("/api/cases?overdue=false&sort=NEWEST&size=200")).contains(closedId)
                .doesNotContain(caseId);

        JsonObject notification = openNotificationFor(caseId);
        assertThat(notification.getString("kind")).isEqualTo("TRIAGE_OVERDUE");
        assertThat(notification.getString("message")).contains("BANCO NACIONAL DE CUBA").contains("passed its SLA");
        String acknowledge = "/api/notifications/" + notification.getString("id") + "/acknowledge";
        assertThat(post("analyst", acknowledge, "{}").statusCode()).as("analysts have no inbox").isEqualTo(403);
        HttpResponse<String> acknowledged = post("manager", acknowledge, "{}");
        assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(200);
        assertThat(json(acknowledged).getString("acknowledgedBy")).isEqualTo("manager");
        assertThat(post("manager2", acknowledge, "{}").statusCode()).as("acknowledged once").isEqualTo(409);
        assertThat(openNotificationFor(caseId)).as("gone from the open inbox").isNull();
        assertThat(auditActions(caseId)).contains("NOTIFICATION_ACKNOWLEDGED");
        assertProblem(post("manager", "/api/notifications/" + UUID.randomUUID() + "/acknowledge", "{}"), 404, null);
        assertProblem(post("manager", "/api/notifications/nope/acknowledge", "{}"), 400, "id");
        assertProblem(get("manager", "/api/notifications?status=SOMETIMES"), 400, "status");
    }

    private static List<String> caseIdsListed(String path) throws Exception {
        HttpResponse<String> listed = get("manager", path);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        return json(listed).getJsonArray("cases").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("id")).toList();
    }

    @Test
    @Order(9)
    void claimsAtTheSameMomentGiveTheCaseToOneAnalystAndAnswerTheOthers409() throws Exception {
        String caseId = openCase(KOMID, unique("RACE"));
        List<String> claimants = List.of("analyst", "analyst2", "analyst", "analyst2", "analyst", "analyst2");
        for (String claimant : claimants) {
            CaseworkApi.token(claimant); // sign in first, so that the claims themselves start together
        }
        ExecutorService pool = Executors.newFixedThreadPool(claimants.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> claims = new ArrayList<>();
            for (String claimant : claimants) {
                claims.add(pool.submit(() -> {
                    start.await();
                    return post(claimant, "/api/cases/" + caseId + "/claim", "{}");
                }));
            }
            start.countDown();
            String assignee = null;
            for (Future<HttpResponse<String>> claim : claims) {
                HttpResponse<String> answer = claim.get(60, TimeUnit.SECONDS);
                if (answer.statusCode() == 200) {
                    assignee = assignee == null ? json(answer).getString("assignee") : assignee;
                    assertThat(json(answer).getString("assignee")).as("one analyst holds the case").isEqualTo(assignee);
                } else {
                    assertProblem(answer, 409, null);
                }
            }
            assertThat(assignee).as("one claim won").isNotNull();
            assertThat(caseOf(caseId).getString("assignee")).isEqualTo(assignee);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The case's notification in the managers' open inbox, or null. */
    private static JsonObject openNotificationFor(String caseId) throws Exception {
        HttpResponse<String> inbox = get("manager", "/api/notifications?size=200");
        assertThat(inbox.statusCode()).as(inbox.body()).isEqualTo(200);
        return json(inbox).getJsonArray("notifications").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("caseId").equals(caseId)).findFirst().orElse(null);
    }

    /** The variables the case's process has stored in the database. */
    private static List<String> processVariablesOf(String caseId) throws Exception {
        try (Connection db = TestEnvironment.database().connect();
             PreparedStatement names = db.prepareStatement("SELECT v.name_ FROM act_ru_variable v"
                     + " JOIN screening_case c ON v.proc_inst_id_ = c.process_instance_id WHERE c.id = ?")) {
            names.setObject(1, UUID.fromString(caseId));
            List<String> found = new java.util.ArrayList<>();
            try (ResultSet rs = names.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        }
    }

    @Test
    @Order(6)
    void theSameIdempotencyKeyCreatesOneCase() throws Exception {
        String reference = unique("IDEM");
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = post("analyst", "/api/screenings", party(KOMID, reference), "Idempotency-Key", key);
        HttpResponse<String> second = post("analyst", "/api/screenings", party(KOMID, reference), "Idempotency-Key", key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(json(second).getString("screeningId")).isEqualTo(json(first).getString("screeningId"));
        assertThat(json(second).getString("caseId")).isEqualTo(json(first).getString("caseId"));
        try (Connection db = TestEnvironment.database().connect();
             PreparedStatement count = db.prepareStatement("SELECT count(*) FROM screening_case WHERE party_reference = ?")) {
            count.setString(1, reference);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }

        HttpResponse<String> reused = post("analyst", "/api/screenings", party("Somebody Else", reference),
                "Idempotency-Key", key);
        assertThat(reused.statusCode()).isEqualTo(422);
    }

    @Test
    @Order(7)
    void badPayloadsAreProblemsNamingTheFieldNeverServerErrors() throws Exception {
        assertProblem(post("analyst", "/api/screenings", "{not json"), 400, null);
        assertProblem(post("analyst", "/api/screenings", "{\"country\": \"KP\"}"), 400, "name");
        assertProblem(post("analyst", "/api/screenings", "{\"name\": \"X\", \"country\": \"Korea\"}"), 400, "country");
        assertProblem(post("analyst", "/api/screenings", "{\"name\": \"X\", \"dateOfBirth\": \"1st May\"}"), 400,
                "dateOfBirth");
        assertProblem(post("analyst", "/api/screenings",
                "{\"name\": \"X\", \"identifiers\": [{\"type\": \"SHOE_SIZE\", \"value\": \"9\"}]}"), 400,
                "identifiers[0].type");
        String caseId = openCase(KOMID, unique("BAD"));
        assertProblem(post("analyst", "/api/cases/" + caseId + "/triage", "{\"decision\": \"MAYBE\"}"), 400, "decision");
        assertProblem(post("analyst", "/api/cases/" + caseId + "/triage",
                "{\"decision\": \"ESCALATE\", \"rationale\": \"x\"}"), 400, "checklist");
        assertProblem(post("analyst", "/api/cases/" + caseId + "/triage",
                CaseworkApi.triage("FALSE_POSITIVE", "closing", "NO", "AGREE", "YES")), 409, null);
        assertProblem(get("analyst", "/api/cases/not-a-uuid"), 400, "id");
        assertProblem(get("analyst", "/api/cases/" + UUID.randomUUID()), 404, null);
        assertProblem(get("analyst", "/api/cases?status=OPENISH"), 400, "status");
        assertProblem(get("analyst", "/api/cases?size=5000"), 400, "size");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        JsonObject problem = json(response);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("detail")).isNotBlank();
        if (field != null) {
            assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                    .extracting(e -> e.getString("field")).contains(field);
        }
    }

    @Test
    @Order(9)
    void aManagerReassignsWithAReasonTheAssigneeReleasesAndTheQueueFindsTheCaseByParty() throws Exception {
        String caseId = openCase(KOMID, unique("REASSIGN"));
        String c = "/api/cases/" + caseId;
        assertThat(post("analyst", c + "/claim", "{}").statusCode()).isEqualTo(200);

        HttpResponse<String> noReason = post("manager", c + "/reassignment", "{\"analyst\": \"analyst2\"}");
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        HttpResponse<String> reassigned = post("manager", c + "/reassignment",
                "{\"analyst\": \"analyst2\", \"reason\": \"analyst is on leave\"}");
        assertThat(reassigned.statusCode()).as(reassigned.body()).isEqualTo(200);
        assertThat(json(reassigned).getString("assignee")).isEqualTo("analyst2");
        assertThat(auditOf(caseId)).anySatisfy(e -> assertThat(e.getString("detail"))
                .isEqualTo("manager reassigned the case from analyst to analyst2: analyst is on leave"));

        assertThat(post("analyst", c + "/release", "{}").statusCode()).as("only the assignee releases")
                .isEqualTo(409);
        HttpResponse<String> released = post("analyst2", c + "/release", "{}");
        assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
        assertThat(json(released).containsKey("assignee") && !json(released).isNull("assignee")).isFalse();

        HttpResponse<String> found = get("analyst", "/api/cases?party=mining%20DEVELOPMENT&sort=NEWEST&size=200");
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(json(found).getJsonArray("cases").getValuesAs(JsonObject.class))
                .allSatisfy(row -> assertThat(row.getString("partyName")).containsIgnoringCase("mining development"))
                .anySatisfy(row -> {
                    assertThat(row.getString("id")).isEqualTo(caseId);
                    assertThat(row.getString("topList")).isNotBlank();
                });
    }

    /**
     * OFAC's 50 percent rule on the bank's ownership data: a customer whose name matches nothing is a hit when listed
     * persons own 50 % of it in the aggregate through a three-level chain (every path in the reasons), and clear at
     * 49 %; a bad line is named, and holdings over the whole are refused, keeping the register in force.
     */
    @Test
    @Order(10)
    void aCustomerOwnedFiftyPercentByListedPersonsThroughAChainIsAHitAndFortyNineIsNot() throws Exception {
        String run = unique("OWN");
        String csv = "owner,owned,percent\n"
                + "us-ofac-sdn:9345," + run + "-A,60\n" + run + "-A," + run + "-B,80\n"
                + run + "-B," + run + "-50,30\n" + "us-ofac-sdn:306," + run + "-50,20\n"
                + run + "-B," + run + "-49,29\n" + "us-ofac-sdn:306," + run + "-49,20\n";
        HttpResponse<String> loaded = CaseworkApi.upload("admin", "/api/ownership", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(201);
        assertThat(json(loaded).getInt("links")).isEqualTo(6);

        HttpResponse<String> fifty = post("analyst", "/api/screenings", party("Velmor Industrial Holdings", run + "-50"));
        assertThat(fifty.statusCode()).as(fifty.body()).isEqualTo(201);
        JsonObject hit = json(fifty).getJsonArray("hits").getJsonObject(0);
        assertThat(json(fifty).getString("outcome")).isEqualTo("HIT");
        assertThat(hit.getString("sourceId")).isEqualTo("9345");
        assertThat(hit.getString("explanation")).startsWith("owned 50 % in the aggregate by blocked persons")
                .contains("us-ofac-sdn:9345 (listed) → 60 % of " + run + "-A → 80 % of " + run + "-B → 30 % of "
                        + run + "-50")
                .contains("us-ofac-sdn:306 (listed) → 20 % of " + run + "-50");
        assertThat(json(post("analyst", "/api/screenings", party("Velmor Industrial Holdings", run + "-49")))
                .getString("outcome")).as("49 percent").isEqualTo("CLEAR");

        assertProblem(CaseworkApi.upload("admin", "/api/ownership", "text/csv",
                "owner,owned,percent\nus-ofac-sdn:9345,X,150\n".getBytes(StandardCharsets.UTF_8)), 400, "line 2");
        HttpResponse<String> overWhole = CaseworkApi.upload("admin", "/api/ownership", "text/csv",
                "owner,owned,percent\nA,X,60\nB,X,60\n".getBytes(StandardCharsets.UTF_8));
        assertThat(overWhole.statusCode()).as(overWhole.body()).isEqualTo(422);
        assertThat(json(post("analyst", "/api/screenings", party("Velmor Industrial Holdings", run + "-50")))
                .getString("outcome")).as("the register in force stays").isEqualTo("HIT");
    }

    /** A trade transaction: maraging steel to a consignee in Dandong raises DPRK-04 in the transaction's case. */
    @Test
    @Order(11)
    void maragingSteelToDandongRaisesDprk04AndAListedSellerItsListHitInOneCase() throws Exception {
        String trade = """
                {"reference": "%s", "parties": [
                  {"role": "SELLER", "name": "KOREA MINING DEVELOPMENT TRADING CORPORATION"},
                  {"role": "CONSIGNEE", "name": "Liaoning Jinhua Materials Co", "country": "CN",
                   "address": "No. 3 Jiangcheng Street, Dandong, Liaoning"}],
                 "goods": [{"description": "maraging steel bars, grade 350", "hsCode": "7228.30", "value": 48000,
                   "currency": "USD", "quantity": 12, "unit": "t"}],
                 "route": [{"kind": "DISCHARGE", "place": "Dandong", "country": "CN"}],
                 "vessel": {"name": "HUA FU", "imo": "IMO 9138965"}}""".formatted(unique("INV"));
        HttpResponse<String> screened = post(CaseworkApi.SERVICE, "/api/screenings/trade", trade);
        assertThat(screened.statusCode()).as(screened.body()).isEqualTo(201);
        JsonObject result = json(screened);
        assertThat(result.getString("outcome")).isEqualTo("HIT");
        List<JsonObject> hits = result.getJsonArray("hits").getValuesAs(JsonObject.class);
        assertThat(hits).anySatisfy(h -> {
            assertThat(h.getString("source")).isEqualTo("red-flag");
            assertThat(h.getString("sourceId")).isEqualTo("DPRK-04");
            assertThat(h.getString("explanation")).startsWith("DPRK-04 (HIGH").contains("Dandong");
            assertThat(h.getJsonArray("features").getJsonObject(0).getString("detail")).as("the evidence")
                    .containsIgnoringCase("maraging");
        });
        assertThat(hits).anySatisfy(h -> assertThat(h.getString("explanation"))
                .startsWith("seller 'KOREA MINING DEVELOPMENT TRADING CORPORATION': "));
        JsonObject opened = json(get("analyst", "/api/cases/" + result.getString("caseId")));
        assertThat(opened.getJsonArray("alerts").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("sourceId")).contains("DPRK-04", "9345");
        tradeCaseId = result.getString("caseId");

        assertProblem(post(CaseworkApi.SERVICE, "/api/screenings/trade",
                "{\"reference\": \"X\", \"parties\": [{\"name\": \"A\"}], \"vessel\": {\"imo\": \"12\"}}"),
                400, "parties[0].role");
    }

    /** The trade case of the test above, for the browser journey's look at a red flag. */
    static String tradeCaseId;

    @Test
    @Order(100)
    void aRowEditedInTheDatabaseBreaksTheAuditChain() throws Exception {
        assertThat(awaitAllSealed().getBoolean("intact")).isTrue();
        try (Connection db = TestEnvironment.database().connect(); Statement sql = db.createStatement()) {
            // the append-only trigger refuses the edit...
            try {
                sql.executeUpdate("UPDATE audit_event SET actor = 'mallory' WHERE id = 3");
                throw new AssertionError("the append-only trigger let an audit event be edited");
            } catch (java.sql.SQLException refused) {
                assertThat(refused.getMessage()).contains("append-only");
            }
            // ...so an attacker with owner rights switches it off first: the hash chain still exposes the edit
            sql.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
            String original;
            long position;
            try (ResultSet rs = sql.executeQuery("SELECT actor, chain_position FROM audit_event WHERE id = 3")) {
                rs.next();
                original = rs.getString(1);
                position = rs.getLong(2);
            }
            sql.executeUpdate("UPDATE audit_event SET actor = 'mallory' WHERE id = 3");

            JsonObject verify = json(get("auditor", "/api/audit/verify"));
            assertThat(verify.getBoolean("intact")).isFalse();
            assertThat(verify.getJsonNumber("firstBrokenSequence").longValue()).isEqualTo(position);
            assertThat(verify.getString("reason")).contains("changed after it was written");

            try (PreparedStatement restore = db.prepareStatement("UPDATE audit_event SET actor = ? WHERE id = 3")) {
                restore.setString(1, original);
                restore.executeUpdate();
            }
            sql.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only");
        }
        assertThat(json(get("auditor", "/api/audit/verify")).getBoolean("intact")).isTrue();
    }
}
