package io.interdict.casework;

import static io.interdict.casework.CaseworkApi.decision;
import static io.interdict.casework.CaseworkApi.escalate;
import static io.interdict.casework.CaseworkApi.get;
import static io.interdict.casework.CaseworkApi.json;
import static io.interdict.casework.CaseworkApi.party;
import static io.interdict.casework.CaseworkApi.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.casework.infrastructure.calendar.UsFederalHolidays;
import io.interdict.platform.environment.DeployedApplication;
import io.interdict.platform.environment.PlatformTest;
import io.interdict.platform.environment.TestEnvironment;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * After four eyes approve: a BLOCK enters the property in the register and opens the initial report of blocked
 * property, a REJECT opens the report of the rejected transaction, each due 10 US business days after the day of the
 * approval in the institution's zone, each on the case's audit trail. In the real server, on PostgreSQL.
 */
@PlatformTest
class BlockingAndReportingIT extends DeployedApplication {

    private static final String KOMID = "KOREA MINING DEVELOPMENT TRADING CORPORATION";
    private static final ZoneId INSTITUTION_ZONE = ZoneId.of("America/New_York");

    /** A KOMID hit escalated by one manager and decided by another. */
    private static String decided(String outcome) throws Exception {
        HttpResponse<String> screened = post("analyst", "/api/screenings",
                party(KOMID, "RPT-" + UUID.randomUUID().toString().substring(0, 8)));
        assertThat(screened.statusCode()).as(screened.body()).isEqualTo(201);
        String caseId = json(screened).getString("caseId");
        HttpResponse<String> escalated = post("manager2", "/api/cases/" + caseId + "/triage",
                escalate("KOMID is listed by the UN and OFAC; name matches in full"));
        assertThat(escalated.statusCode()).as(escalated.body()).isEqualTo(200);
        HttpResponse<String> approved = post("manager", "/api/cases/" + caseId + "/escalation",
                decision(outcome, "listed entity: " + outcome));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        return caseId;
    }

    private static JsonObject onlyReportOf(String caseId) throws Exception {
        HttpResponse<String> reports = get("analyst", "/api/reports?caseId=" + caseId);
        assertThat(reports.statusCode()).as(reports.body()).isEqualTo(200);
        JsonArray found = CaseworkApi.array(reports);
        assertThat(found).hasSize(1);
        return found.getJsonObject(0);
    }

    /** The kinds of the managers' notifications about the report, once its two deadline timers have both fired. */
    private static List<String> awaitDeadlineNotices(String reportId) throws Exception {
        long until = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
        List<String> kinds = List.of();
        while (System.nanoTime() < until) {
            HttpResponse<String> inbox = get("manager", "/api/notifications?size=200");
            assertThat(inbox.statusCode()).as(inbox.body()).isEqualTo(200);
            kinds = json(inbox).getJsonArray("notifications").getValuesAs(JsonObject.class).stream()
                    .filter(n -> reportId.equals(n.getString("reportId", null))).map(n -> n.getString("kind")).toList();
            if (kinds.size() >= 2) {
                return kinds;
            }
            Thread.sleep(500);
        }
        return kinds;
    }

    /** JSON-B leaves out what is null. */
    private static boolean absent(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }

    @Test
    void anApprovedBlockEntersTheRegisterAndOpensTheInitialReportDueInTenBusinessDays() throws Exception {
        String caseId = decided("BLOCK");
        LocalDate today = LocalDate.now(INSTITUTION_ZONE);

        JsonObject report = onlyReportOf(caseId);
        assertThat(report.getString("type")).isEqualTo("BLOCKED_PROPERTY");
        assertThat(report.getString("rule")).isEqualTo("31 CFR 501.603(b)(1)");
        assertThat(report.getString("status")).isEqualTo("DRAFT");
        assertThat(LocalDate.parse(report.getString("eventDate"))).isEqualTo(today);
        assertThat(LocalDate.parse(report.getString("dueDate")))
                .isEqualTo(new UsFederalHolidays().plusBusinessDays(today, 10));
        assertThat(report.getBoolean("overdue")).isFalse();

        String propertyId = report.getString("blockedPropertyId");
        HttpResponse<String> entry = get("auditor", "/api/blocked-property/" + propertyId);
        assertThat(entry.statusCode()).as(entry.body()).isEqualTo(200);
        JsonObject property = json(entry);
        assertThat(property.getString("caseId")).isEqualTo(caseId);
        assertThat(property.getString("status")).isEqualTo("BLOCKED");
        assertThat(property.getString("ownerName")).isEqualTo(KOMID);
        assertThat(property.getJsonObject("holder").getString("name")).isEqualTo("Interdict Demonstration Bank, N.A.");
        List<JsonObject> targets = property.getJsonArray("targets").getValuesAs(JsonObject.class);
        assertThat(targets).isNotEmpty().allSatisfy(t -> {
            assertThat(t.getString("listVersion")).isNotBlank();
            assertThat(t.getString("entryFingerprint")).hasSize(64);
        });
        assertThat(targets).filteredOn(t -> t.getString("source").equals("us-ofac-sdn"))
                .allSatisfy(t -> assertThat(t.getJsonArray("legalAuthorities")).isNotEmpty());

        String programme = targets.get(0).getJsonArray("programmes").getString(0);
        HttpResponse<String> register = get("manager", "/api/blocked-property?status=BLOCKED&programme=" + programme
                + "&from=" + today + "&size=200");
        assertThat(register.statusCode()).as(register.body()).isEqualTo(200);
        assertThat(CaseworkApi.array(register).getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("id")).contains(propertyId);

        assertThat(CaseworkApi.auditOf(caseId)).extracting(e -> e.getString("action"))
                .containsSubsequence("ESCALATION_DECIDED", "HANDED_OVER_TO_REPORTING", "PROPERTY_BLOCKED",
                        "REPORT_OPENED");
    }

    @Test
    void anApprovedRejectionOpensTheReportOfTheRejectedTransaction() throws Exception {
        String caseId = decided("REJECT");

        JsonObject report = onlyReportOf(caseId);
        assertThat(report.getString("type")).isEqualTo("REJECTED_TRANSACTION");
        assertThat(report.getString("rule")).isEqualTo("31 CFR 501.604");
        assertThat(absent(report, "blockedPropertyId")).as("a rejection blocks nothing").isTrue();
        assertThat(report.getJsonObject("reporter").getString("contactEmail"))
                .isEqualTo("sanctions-compliance@bank.example");
        assertThat(report.getJsonArray("targets")).isNotEmpty();
        assertThat(absent(report.getJsonObject("rejection"), "transactionDescription")).as("drafted next").isTrue();
        assertThat(get("manager", "/api/blocked-property?size=200").body()).doesNotContain(caseId);

        for (String table : List.of("ofac_report", "screening_case", "alert", "case_decision")) {
            String key = table.equals("ofac_report") ? "id = '" + report.getString("id") + "'"
                    : (table.equals("screening_case") ? "id" : "case_id") + " = '" + caseId + "'";
            try (Connection db = TestEnvironment.database().connect(); Statement sql = db.createStatement()) {
                sql.executeUpdate("DELETE FROM " + table + " WHERE " + key);
                throw new AssertionError("the database let " + table + " be deleted");
            } catch (SQLException refused) {
                assertThat(refused.getMessage()).as(table).contains("kept for at least 10 years");
            }
        }

        HttpResponse<String> rejected = get("auditor", "/api/reports?type=REJECTED_TRANSACTION&overdue=false&size=200");
        assertThat(rejected.statusCode()).isEqualTo(200);
        assertThat(rejected.body()).contains(report.getString("id"));
    }

    @Test
    void theInitialReportIsDraftedSignedOffByASecondManagerAndFiled() throws Exception {
        JsonObject opened = onlyReportOf(decided("BLOCK"));
        assertThat(opened.getString("currentStep")).as("its process waits for the draft").isEqualTo("draftReport");
        String report = "/api/reports/" + opened.getString("id");

        HttpResponse<String> badCurrency = CaseworkApi.put("manager2", report,
                "{\"propertyType\": \"WIRE_TRANSFER\", \"value\": 100, \"currency\": \"DOLLARS\"}");
        assertThat(badCurrency.statusCode()).isEqualTo(400);
        assertThat(badCurrency.body()).contains("\"field\":\"currency\"");

        HttpResponse<String> drafted = CaseworkApi.put("manager2", report, """
                {"propertyType": "WIRE_TRANSFER", "description": "incoming wire for KOMID, held in a blocked account",
                 "value": 125000.50, "currency": "USD", "accountReference": "BLK-000417",
                 "transactionDescription": "MT103 2026120200017 from Banco Ejemplo"}""");
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(200);
        assertThat(json(drafted).getString("status")).isEqualTo("AWAITING_SIGN_OFF");
        assertThat(json(drafted).getString("currentStep")).isEqualTo("signOffReport");
        String propertyId = json(drafted).getString("blockedPropertyId");
        JsonObject property = json(get("manager", "/api/blocked-property/" + propertyId));
        assertThat(property.getString("propertyTypeLabel")).isEqualTo("Wire transfer");
        assertThat(property.getJsonObject("value").getJsonNumber("amount").bigDecimalValue())
                .isEqualByComparingTo("125000.50");

        HttpResponse<String> ownSignOff = post("manager2", report + "/sign-off", "{}");
        assertThat(ownSignOff.statusCode()).as("four eyes: not the drafter").isEqualTo(403);
        assertThat(json(ownSignOff).getString("detail")).contains("drafted this report");
        HttpResponse<String> signedOff = post("manager", report + "/sign-off", "{}");
        assertThat(signedOff.statusCode()).as(signedOff.body()).isEqualTo(200);
        assertThat(json(signedOff).getString("signedOffBy")).isEqualTo("manager");
        assertThat(json(signedOff).getString("currentStep")).isEqualTo("recordFiling");

        assertThat(post("analyst", report + "/filed", "{}").statusCode()).isEqualTo(400);
        HttpResponse<String> filed = post("analyst", report + "/filed", "{\"filingReference\": \"ORS-2026-0001234\"}");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(200);
        assertThat(json(filed).getString("status")).isEqualTo("FILED");
        assertThat(json(filed).getString("filingReference")).isEqualTo("ORS-2026-0001234");
        assertThat(absent(json(filed), "currentStep")).as("its process has ended").isTrue();
        assertThat(post("analyst", report + "/filed", "{\"filingReference\": \"again\"}").statusCode())
                .as("filed once").isEqualTo(409);

        HttpResponse<byte[]> pdf = CaseworkApi.download("auditor", report + "/pack?format=pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).get().asString().startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Initial report of blocked property",
                    "31 CFR 501.603(b)(1)", "Interdict Demonstration Bank, N.A.", KOMID, "Wire transfer",
                    "USD 125000.50", "BLK-000417", "ORS-2026-0001234");
        }
        HttpResponse<String> csv = get("analyst", report + "/pack?format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("Blocked property,Property type,Wire transfer");
        assertThat(get("analyst", report + "/pack?format=xls").body()).contains("\"field\":\"format\"");

        assertThat(CaseworkApi.auditOf(json(filed).getString("caseId"))).extracting(e -> e.getString("action"))
                .containsSubsequence("REPORT_OPENED", "PROPERTY_DESCRIBED", "REPORT_DRAFTED", "REPORT_SIGN_OFF_REFUSED",
                        "REPORT_SIGNED_OFF", "REPORT_FILED", "REPORT_PACK_EXPORTED", "REPORT_PACK_EXPORTED");
    }

    @Test
    void anAuditorExportsTheCompleteHistoryWhoseEventHashesRecomputeFromTheirCanonicalForm() throws Exception {
        String caseId = decided("REJECT");
        post("manager", "/api/cases/" + caseId + "/comments", "{\"text\": \"=HYPERLINK(\\\"http://x\\\") in the file\"}");
        CaseworkApi.awaitAllSealed();

        HttpResponse<String> exported = get("auditor", "/api/cases/" + caseId + "/export?format=json");
        assertThat(exported.statusCode()).as(exported.body()).isEqualTo(200);
        assertThat(exported.headers().firstValue("Content-Disposition")).get().asString().contains("case-" + caseId);
        JsonObject history = json(exported);
        assertThat(history.getString("exportedBy")).isEqualTo("auditor");
        assertThat(history.getJsonObject("screeningCase").getJsonObject("party").getString("name")).isEqualTo(KOMID);
        assertThat(history.getJsonArray("reports")).hasSize(1);
        List<JsonObject> events = history.getJsonArray("auditTrail").getValuesAs(JsonObject.class);
        assertThat(events).extracting(e -> e.getString("action")).contains("CASE_OPENED", "ESCALATION_DECIDED",
                "REPORT_OPENED", "CASE_COMMENTED");
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (JsonObject event : events) {
            String recomputed = HexFormat.of().formatHex(sha256.digest(
                    event.getString("canonical").getBytes(StandardCharsets.UTF_8)));
            assertThat(recomputed).as("event %s", event.get("sequence")).isEqualTo(event.getString("hash"));
        }

        HttpResponse<String> csv = get("auditor", "/api/cases/" + caseId + "/export?format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK");
        HttpResponse<byte[]> pdf = CaseworkApi.download("admin", "/api/cases/" + caseId + "/export?format=pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Case history", KOMID, "REPORT_OPENED");
        }
        assertThat(CaseworkApi.auditOf(caseId)).extracting(e -> e.getString("action"))
                .filteredOn("CASE_EXPORTED"::equals).hasSize(3);
    }

    @Test
    void aManagerUnblocksByLicenceClosingTheEntryAndOpeningTheReportOfUnblocking() throws Exception {
        String propertyId = onlyReportOf(decided("BLOCK")).getString("blockedPropertyId");
        String unblock = "/api/blocked-property/" + propertyId + "/unblock";
        String licence = "{\"basis\": \"LICENCE\", \"reference\": \"DPRK-2026-123456-1\"}";

        assertThat(post("analyst", unblock, licence).statusCode()).as("managers unblock").isEqualTo(403);
        HttpResponse<String> badBasis = post("manager", unblock, "{\"basis\": \"WHIM\", \"reference\": \"x\"}");
        assertThat(badBasis.statusCode()).isEqualTo(400);
        assertThat(badBasis.body()).contains("\"field\":\"basis\"");

        HttpResponse<String> unblocked = post("manager", unblock, licence);
        assertThat(unblocked.statusCode()).as(unblocked.body()).isEqualTo(201);
        JsonObject report = json(unblocked);
        assertThat(report.getString("type")).isEqualTo("UNBLOCKING");
        assertThat(report.getString("blockedPropertyId")).isEqualTo(propertyId);
        LocalDate today = LocalDate.now(INSTITUTION_ZONE);
        assertThat(LocalDate.parse(report.getString("dueDate")))
                .isEqualTo(new UsFederalHolidays().plusBusinessDays(today, 10));
        assertThat(report.getString("currentStep")).isEqualTo("draftReport");
        JsonObject property = json(get("auditor", "/api/blocked-property/" + propertyId));
        assertThat(property.getString("status")).isEqualTo("UNBLOCKED");
        assertThat(property.getString("unblockingReference")).isEqualTo("DPRK-2026-123456-1");
        assertThat(post("manager", unblock, licence).statusCode()).as("unblocked once").isEqualTo(409);
    }

    @Test
    void badFiltersAreProblemsNamingTheField() throws Exception {
        HttpResponse<String> type = get("analyst", "/api/reports?type=MONTHLY");
        assertThat(type.statusCode()).isEqualTo(400);
        assertThat(type.body()).contains("\"field\":\"type\"");
        assertThat(get("analyst", "/api/blocked-property?from=yesterday").body()).contains("\"field\":\"from\"");
        assertThat(get("analyst", "/api/reports/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(get("analyst", "/api/blocked-property/not-an-id").statusCode()).isEqualTo(400);
    }

    @Test
    void anAdministratorCompilesTheAnnualReportOfPropertyHeldOnJune30() throws Exception {
        JsonObject initial = onlyReportOf(decided("BLOCK"));
        HttpResponse<String> described = CaseworkApi.put("analyst", "/api/reports/" + initial.getString("id"), """
                {"propertyType": "BANK_ACCOUNT", "description": "current account of KOMID's front company",
                 "value": 48200.10, "currency": "USD", "accountReference": "BLK-000900"}""");
        assertThat(described.statusCode()).as(described.body()).isEqualTo(200);
        String propertyId = initial.getString("blockedPropertyId");
        // the story's past: this property was blocked in March (the server's clock is today's)
        try (Connection db = TestEnvironment.database().connect(); Statement sql = db.createStatement()) {
            assertThat(sql.executeUpdate("UPDATE blocked_property SET blocked_on = DATE '2026-03-02' WHERE id = '"
                    + UUID.fromString(propertyId) + "'")).isEqualTo(1);
        }

        assertThat(post("manager", "/api/reports/annual", "{\"asOf\": \"2026-06-30\"}").statusCode())
                .as("an administrator's action").isEqualTo(403);
        HttpResponse<String> notJune30 = post("admin", "/api/reports/annual", "{\"asOf\": \"2026-07-31\"}");
        assertThat(notJune30.statusCode()).isEqualTo(400);
        assertThat(notJune30.body()).contains("\"field\":\"asOf\"", "June 30");

        HttpResponse<String> compiled = post("admin", "/api/reports/annual", "{\"asOf\": \"2026-06-30\"}");
        assertThat(compiled.statusCode()).as(compiled.body()).isEqualTo(201);
        JsonObject annual = json(compiled);
        assertThat(annual.getString("type")).isEqualTo("ANNUAL_BLOCKED_PROPERTY");
        assertThat(annual.getString("rule")).isEqualTo("31 CFR 501.603(b)(2)");
        assertThat(absent(annual, "caseId")).as("about the register, not one case").isTrue();
        assertThat(annual.getString("dueDate")).isEqualTo("2026-09-30");
        assertThat(annual.getString("currentStep")).isEqualTo("draftReport");
        List<JsonObject> rows = annual.getJsonArray("holdings").getValuesAs(JsonObject.class);
        assertThat(rows).as("only what was held on June 30: the other tests block today")
                .singleElement().satisfies(row -> {
                    assertThat(row.getString("blockedPropertyId")).isEqualTo(propertyId);
                    assertThat(row.getString("propertyTypeLabel")).isEqualTo("Bank account");
                    assertThat(row.getString("blockedOn")).isEqualTo("2026-03-02");
                    assertThat(row.getJsonArray("missing")).isEmpty();
                });
        assertThat(post("admin", "/api/reports/annual", "{\"asOf\": \"2026-06-30\"}").statusCode())
                .as("compiled once").isEqualTo(409);

        // compiled in December, the report is past its reminder and its due date: both timers fire at once
        assertThat(awaitDeadlineNotices(annual.getString("id"))).containsExactlyInAnyOrder("REPORT_DUE_SOON",
                "REPORT_OVERDUE");
        String report = "/api/reports/" + annual.getString("id");
        HttpResponse<String> drafted = CaseworkApi.put("analyst", report, "{}");
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(200);
        assertThat(json(drafted).getString("status")).isEqualTo("AWAITING_SIGN_OFF");
        assertThat(post("manager", report + "/sign-off", "{}").statusCode()).isEqualTo(200);

        HttpResponse<String> csv = get("auditor", report + "/pack?format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("Part A - summary,Total number of blocked property records (Part B rows),1",
                "Part A - summary,Total value in USD,48200.10", "Part B - row 1,Account or reference,BLK-000900");
        assertThat(get("auditor", "/api/reports?type=ANNUAL_BLOCKED_PROPERTY").body()).contains(annual.getString("id"));
    }

    @Test
    void theCaseKeepsItsPaymentMessageAndScansAsEvidenceForTheReport() throws Exception {
        String caseId = decided("REJECT");
        String documents = "/api/cases/" + caseId + "/attachments";
        byte[] mt103 = ("{1:F01BANKUS33AXXX0000000000}{2:I103BANKDEFFXXXXN}{4:\r\n:20:2026120200017\r\n"
                + ":32A:261202USD125000,50\r\n:59:/DE89370400440532013000\r\nKOREA MINING DEVELOPMENT TRADING\r\n-}")
                .getBytes(StandardCharsets.US_ASCII);

        HttpResponse<String> attached = CaseworkApi.upload("analyst", documents
                + "?fileName=MT103%202026120200017.fin&description=as%20received", "application/octet-stream", mt103);
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
        JsonObject message = json(attached);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(mt103));
        assertThat(message.getString("contentType")).isEqualTo("text/plain");
        assertThat(message.getString("sha256")).isEqualTo(sha256);
        assertThat(message.getString("fileName")).isEqualTo("MT103 2026120200017.fin");

        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        HttpResponse<String> disguised = CaseworkApi.upload("analyst", documents + "?fileName=invoice.pdf",
                "application/pdf", exe);
        assertThat(disguised.statusCode()).as("an executable named like an invoice").isEqualTo(415);
        assertThat(json(disguised).getString("detail")).contains("'invoice.pdf' is application/");
        // the test server's limit is 2 MiB (arquillian.xml; 10 MiB unless configured)
        HttpResponse<String> tooLarge = CaseworkApi.upload("analyst", documents + "?fileName=scan.pdf",
                "application/pdf", new byte[2 * 1024 * 1024 + 1]);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(json(tooLarge).getString("detail")).contains("at most 2097152 bytes");
        assertThat(CaseworkApi.upload("auditor", documents + "?fileName=a.txt", "text/plain", mt103).statusCode())
                .as("auditors read, they do not add").isEqualTo(403);

        List<JsonObject> listed = CaseworkApi.array(get("auditor", documents)).getValuesAs(JsonObject.class);
        assertThat(listed).extracting(d -> d.getString("id")).containsExactly(message.getString("id"));
        HttpResponse<byte[]> download = CaseworkApi.download("auditor", documents + "/" + message.getString("id"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(mt103);
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(download.headers().firstValue("Content-Disposition")).get().asString().startsWith("attachment;");

        String report = "/api/reports/" + onlyReportOf(caseId).getString("id");
        assertThat(get("manager", report + "/pack?format=csv").body()).contains("MT103 2026120200017.fin (text/plain, "
                + mt103.length + " bytes, SHA-256 " + sha256 + ")");
        assertThat(CaseworkApi.auditOf(caseId)).extracting(e -> e.getString("action"))
                .containsSubsequence("ATTACHMENT_ADDED", "ATTACHMENT_DOWNLOADED");
        try (Connection db = TestEnvironment.database().connect(); Statement sql = db.createStatement()) {
            sql.executeUpdate("DELETE FROM case_attachment_content WHERE attachment_id = '"
                    + UUID.fromString(message.getString("id")) + "'");
            throw new AssertionError("the database let a document be deleted");
        } catch (SQLException refused) {
            assertThat(refused.getMessage()).contains("kept for at least 10 years");
        }
    }
}
