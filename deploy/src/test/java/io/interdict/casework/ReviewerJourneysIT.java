package io.interdict.casework;

import static io.interdict.casework.CaseworkApi.auditOf;
import static io.interdict.casework.CaseworkApi.decision;
import static io.interdict.casework.CaseworkApi.escalate;
import static io.interdict.casework.CaseworkApi.get;
import static io.interdict.casework.CaseworkApi.json;
import static io.interdict.casework.CaseworkApi.party;
import static io.interdict.casework.CaseworkApi.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.platform.environment.Browser;
import io.interdict.platform.environment.DeployedApplication;
import io.interdict.platform.environment.PlatformTest;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Each role's day in a real browser against the real server, Keycloak and PostgreSQL: the analyst works a DPRK hit
 * from the queue to an escalation, keys and all; the manager who escalated a case cannot decide it and another
 * approves the block; a false positive closed in the browser suppresses the hit on the next screening; a party
 * named like HTML shows as text. Screenshots go to {@code target/screenshots/} for the user guide.
 */
@PlatformTest
class ReviewerJourneysIT extends DeployedApplication {

    private static final String KOMID = "KOREA MINING DEVELOPMENT TRADING CORPORATION";

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String openCase(String name, String reference) throws Exception {
        HttpResponse<String> response = post(CaseworkApi.SERVICE, "/api/screenings", party(name, reference));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonObject result = json(response);
        assertThat(result.getString("outcome")).as(response.body()).isEqualTo("HIT");
        return result.getString("caseId");
    }

    /** OFAC's five questions as the analyst answers them: on an OFAC list, more than one name matching. */
    private static void answer(Browser browser, String typeMismatch, String identifiers, String severalSimilarities) {
        browser.choose("checklist-onOfacList", "Yes");
        browser.choose("checklist-typeMismatch", typeMismatch);
        browser.choose("checklist-onlyOneNameMatches", "No");
        browser.choose("checklist-identifiers", identifiers);
        browser.choose("checklist-severalSimilarities", severalSimilarities);
    }

    private static JsonObject caseOf(String caseId) throws Exception {
        HttpResponse<String> response = get("auditor", "/api/cases/" + caseId);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    @Test
    void analystFiltersTheQueueClaimsADprkHitReviewsItSideBySideAndEscalatesFromTheKeyboard() throws Exception {
        String caseId = openCase(KOMID, unique("UI"));
        try (Browser browser = Browser.open()) {
            browser.signIn("analyst", "/analyst/queue");
            browser.visible("case-grid");
            browser.type("filter-party", "korea mining");
            browser.until(d -> d.getCurrentUrl().contains("party=korea"));

            // the address keeps the filters: the bookmark opens the same view
            browser.go("/analyst/queue?party=korea%20mining&sort=NEWEST");
            browser.click("claim-" + caseId);
            browser.visible("release-" + caseId);
            assertThat(browser.find("filter-party").getAttribute("value")).isEqualTo("korea mining");
            browser.screenshot("analyst-queue.png");

            browser.click("open-" + caseId);
            browser.visible("side-by-side");
            assertThat(browser.find("party-name").getText()).isEqualTo(KOMID);
            assertThat(browser.find("entry-name").getText()).contains("KOREA MINING DEVELOPMENT");
            assertThat(browser.find("party-name").findElements(By.tagName("mark"))).as("matched words marked")
                    .hasSizeGreaterThanOrEqualTo(3);
            assertThat(browser.find("entry-list-version").getText()).isNotBlank();
            assertThat(browser.find("score-features").getText()).isNotBlank();
            assertThat(browser.find("case-assignee").getText()).isEqualTo("Held by analyst");

            browser.press("?");
            assertThat(browser.visible("shortcut-list").getText()).contains("escalate", "next case");
            browser.screenshot("analyst-shortcuts.png");
            browser.click("shortcuts-close");

            answer(browser, "No", "Agree", "Yes");
            browser.type("rationale", "Exact name of KOMID (UN and OFAC DPRK); the customer file gives nothing else");
            browser.screenshot("analyst-case-review.png");
            browser.press("e");

            browser.untilText("case-status", "ESCALATED");
            browser.screenshot("analyst-escalated.png");
        }
        assertThat(caseOf(caseId).getString("status")).isEqualTo("ESCALATED");
        assertThat(auditOf(caseId)).anySatisfy(event -> {
            assertThat(event.getString("action")).isEqualTo("CASE_TRIAGED");
            assertThat(event.getString("actor")).isEqualTo("analyst");
            assertThat(event.getString("detail")).contains("ESCALATE", "Exact name of KOMID");
        });
    }

    /**
     * The application's session is gone (expired, or the server restarted): opening the page again goes through the
     * sign-in and comes back to the same view with the filters its address keeps.
     */
    @Test
    void anExpiredSessionSignsTheUserInAgainOnTheSameViewWithItsFilters() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.signIn("analyst", "/analyst/queue?party=korea%20mining&sort=OLDEST");
            browser.visible("case-grid");
            browser.driver().manage().deleteCookieNamed("JSESSIONID");
            browser.driver().navigate().refresh();
            browser.until(d -> d.getCurrentUrl().contains("party=korea") && !d.findElements(By.id("filter-party"))
                    .isEmpty() && "korea mining".equals(d.findElement(By.id("filter-party")).getAttribute("value")));
            assertThat(browser.currentUrl()).contains("/analyst/queue").contains("sort=OLDEST");
            assertThat(browser.find("current-user").getText()).contains("analyst");
        }
    }

    @Test
    void theManagerWhoEscalatedSeesTheDecisionRefusedWithTheReasonAndAnotherManagerApprovesTheBlock()
            throws Exception {
        String caseId = openCase(KOMID, unique("UI4E"));
        assertThat(post("manager2", "/api/cases/" + caseId + "/triage", escalate("KOMID in full")).statusCode())
                .isEqualTo(200);
        try (Browser browser = Browser.open()) {
            browser.signIn("manager2", "/cases/" + caseId);
            browser.visible("four-eyes-reason");
            assertThat(browser.find("four-eyes-reason").getText()).contains("another manager");
            assertThat(browser.find("decide-block").getAttribute("disabled")).isNotNull();
            browser.screenshot("manager-four-eyes.png");
        }
        // forced past the browser, the server still refuses
        assertThat(post("manager2", "/api/cases/" + caseId + "/escalation", decision("BLOCK", "forced"))
                .statusCode()).isEqualTo(403);

        try (Browser browser = Browser.open()) {
            browser.signIn("manager", "/manager/escalations");
            browser.visible("escalation-grid");
            browser.go("/cases/" + caseId);
            browser.type("rationale", "Listed entity in full; block the funds and report");
            browser.click("decide-block");
            browser.untilText("case-status", "BLOCK_APPROVED");
            browser.screenshot("manager-block-approved.png");
        }
        assertThat(caseOf(caseId).getString("status")).isIn("BLOCK_APPROVED");
    }

    @Test
    void aBlockedPropertyReportIsDraftedSignedOffByASecondPersonAndFiledFromTheBrowser() throws Exception {
        String caseId = openCase(KOMID, unique("UIRPT"));
        assertThat(post("analyst2", "/api/cases/" + caseId + "/triage", escalate("KOMID in full")).statusCode())
                .isEqualTo(200);
        assertThat(post("manager", "/api/cases/" + caseId + "/escalation", decision("BLOCK", "listed")).statusCode())
                .isEqualTo(200);
        String reportId = reportOf(caseId).getString("id");

        try (Browser browser = Browser.open()) {
            browser.signIn("analyst", "/cases/" + caseId);
            browser.click("case-reports");
            browser.untilText("reports-shown", caseId);
            browser.click("draft-" + reportId);
            browser.select("draft-property-type", "Wire transfer");
            browser.type("draft-description", "Incoming wire held in suspense");
            browser.type("draft-value", "48200.10");
            browser.type("draft-currency", "USD");
            browser.type("draft-account", "GB29 NWBK 6016 1331 9268 19");
            browser.type("draft-transaction", "MT103 of 2026-12-01 from KOMID to a customer");
            browser.screenshot("reports-draft.png");
            browser.click("draft-save");
            browser.until(d -> status(reportId).equals("AWAITING_SIGN_OFF"));
        }
        try (Browser browser = Browser.open()) {
            browser.signIn("manager", "/reports?case=" + caseId);
            browser.click("sign-off-" + reportId);
            browser.until(d -> status(reportId).equals("SIGNED_OFF"));
        }
        try (Browser browser = Browser.open()) {
            browser.signIn("analyst", "/reports?case=" + caseId);
            browser.click("file-" + reportId);
            browser.type("filing-reference", "ORS-2026-000123");
            browser.click("filing-save");
            browser.until(d -> status(reportId).equals("FILED"));
            assertThat(browser.visible("pack-pdf-" + reportId).getAttribute("href")).isNotBlank();
            browser.screenshot("reports-filed.png");
        }
        assertThat(reportOf(caseId).getString("filingReference")).isEqualTo("ORS-2026-000123");
    }

    private static JsonObject reportOf(String caseId) throws Exception {
        HttpResponse<String> reports = get("analyst", "/api/reports?caseId=" + caseId);
        assertThat(reports.statusCode()).as(reports.body()).isEqualTo(200);
        return CaseworkApi.array(reports).getJsonObject(0);
    }

    private static String status(String reportId) {
        try {
            return json(get("analyst", "/api/reports/" + reportId)).getString("status");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFalsePositiveClosedInTheBrowserIsSuppressedWhenThePartyIsScreenedAgain() throws Exception {
        String reference = unique("UIFP");
        String name = "TANCHON COMMERCIAL BANK";
        String caseId = openCase(name, reference);
        try (Browser browser = Browser.open()) {
            browser.signIn("analyst", "/cases/" + caseId);
            browser.visible("side-by-side");
            // deciding before answering: the domain refuses, and the browser marks what is missing where it is
            browser.click("decide-false-positive");
            assertThat(browser.visible("feedback-refused").getText()).contains("needs a rationale");
            assertThat(browser.find("checklist-identifiers").getAttribute("invalid")).isNotNull();
            assertThat(browser.find("rationale").getAttribute("invalid")).isNotNull();
            answer(browser, "Yes", "Conflict", "No");
            browser.type("rationale", "Our customer is a private person of that name; passport conflicts");
            browser.click("decide-false-positive");
            browser.untilText("case-status", "CLOSED_FALSE_POSITIVE");
        }
        HttpResponse<String> again = post(CaseworkApi.SERVICE, "/api/screenings", party(name, reference));
        assertThat(again.statusCode()).as(again.body()).isIn(200, 201);
        assertThat(json(again).getJsonArray("suppressed")).as(again.body()).isNotEmpty();
    }

    @Test
    void theAuditorFindsACaseByPartyAndDeciderReadsItsTimelineAndVerifiesTheChain() throws Exception {
        String caseId = openCase("TANCHON COMMERCIAL BANK", unique("UIAUD"));
        assertThat(post("analyst2", "/api/cases/" + caseId + "/triage", escalate("Tanchon in full")).statusCode())
                .isEqualTo(200);
        try (Browser browser = Browser.open()) {
            browser.signIn("auditor", "/");
            browser.untilText("view-heading", "Case search");
            browser.type("search-party", "tanchon");
            browser.type("search-decided-by", "analyst2");
            browser.visible("open-" + caseId);
            browser.screenshot("auditor-search.png");

            browser.click("open-" + caseId);
            browser.visible("case-timeline");
            assertThat(browser.find("case-timeline").getText()).contains("CASE_OPENED", "CASE_TRIAGED", "analyst2");
            assertThat(browser.all(By.id("decide-escalate"))).as("read-only for the auditor").isEmpty();
            assertThat(browser.all(By.id("comment-text"))).isEmpty();
            assertThat(browser.find("export-pdf").getAttribute("href")).as("the examiner's export").isNotBlank();
            browser.screenshot("auditor-case-timeline.png");

            browser.go("/auditor/search");
            browser.click("verify-chain");
            browser.untilText("chain-verdict", "Intact");
            assertThat(browser.find("chain-figures").getText()).contains("events verified", "awaiting seal");
            browser.screenshot("auditor-chain-verified.png");
        }
    }

    @Test
    void theAdminSeesTheListVersionsAndRunsABatchOfAThousandPartiesWatchingItsProgressLive() throws Exception {
        Path csv = Files.createTempFile("batch", ".csv");
        StringBuilder rows = new StringBuilder("name,type,country,dateOfBirth,reference\n");
        String run = unique("B");
        for (int i = 1; i <= 1000; i++) {
            String name = i % 100 == 0 ? KOMID : "Harriet Pemberton-Ashworth " + i;
            rows.append(name).append(",entity,GB,,").append(run).append('-').append(i).append('\n');
        }
        Files.writeString(csv, rows);
        try (Browser browser = Browser.open()) {
            browser.signIn("admin", "/admin/lists");
            assertThat(browser.visible("list-versions").getText()).contains("us-ofac-sdn", "un-sc", "uk-ofsi");
            WebElement fileInput = browser.find("batch-upload").getShadowRoot()
                    .findElement(By.cssSelector("input[type=file]"));
            fileInput.sendKeys(csv.toString());

            Set<String> seen = new LinkedHashSet<>();
            browser.until(d -> {
                String text = d.findElement(By.id("batch-progress-text")).getText();
                seen.add(text);
                return text.startsWith("COMPLETED");
            });
            assertThat(seen.stream().filter(t -> !t.isBlank()).count()).as("progress seen on the way: %s", seen)
                    .isGreaterThan(1);
            assertThat(browser.find("batch-progress-text").getText())
                    .startsWith("COMPLETED: 1000 of 1000 screened, 10 with hits");
            browser.screenshot("admin-lists.png");
            browser.visible("batch-download");
            browser.scrollTo("batch-progress");
            browser.screenshot("admin-batch-completed.png");
        }
    }

    @Test
    void theAdminUploadsAListVersionReviewsItsChangesPutsItInForceAndWatchesTheRescreening() throws Exception {
        String sdn = "/api/lists/us-ofac-sdn/versions";
        String directory = CaseworkApi.array(get("auditor", sdn)).getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("origin").equals("DIRECTORY") && v.getString("status").equals("IN_FORCE"))
                .map(v -> v.getString("version")).findFirst().orElseThrow();
        String added = "QUORVALIS MARITIME HOLDINGS LIMITED";
        assertThat(json(post("analyst", "/api/screenings", party(added, unique("LIST")))).getString("outcome"))
                .isEqualTo("CLEAR");
        Path zip = Files.createTempFile("sdn-", ".zip");
        Files.write(zip, SdnVersionFiles.of(directory).copy().withEntity("99000101", added, "DPRK3").zip());
        try (Browser browser = Browser.open()) {
            browser.signIn("admin", "/admin/lists");
            browser.visible("version-log");
            browser.type("version-label", "2026-12-03_ui");
            browser.find("version-upload").getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                    .sendKeys(zip.toString());
            browser.until(d -> !d.findElements(By.id("feedback-done")).isEmpty()
                    || !d.findElements(By.id("feedback-refused")).isEmpty());
            assertThat(browser.all(By.id("feedback-refused"))).as("no refusal").isEmpty();
            browser.untilText("feedback-done", "2026-12-03_ui received");
            assertThat(browser.find("feedback-done").getText()).contains("+1 −0 ~0", "Not in force yet");

            browser.click("changes-2026-12-03_ui");
            browser.untilText("changes-grid", added);
            browser.screenshot("admin-list-changes.png");
            browser.click("changes-close");

            browser.click("activate-2026-12-03_ui");
            browser.click("activate-confirm");
            browser.until(d -> d.findElement(By.id("rescreening-progress-text")).getText().contains("COMPLETED"));
            assertThat(browser.find("rescreening-progress-text").getText())
                    .contains("1 case opened").doesNotContain("0 of 0");
            browser.scrollTo("rescreening-progress-text");
            browser.screenshot("admin-list-rescreened.png");
            assertThat(json(post("analyst", "/api/screenings", party(added, unique("LIST")))).getString("outcome"))
                    .isEqualTo("HIT");

            browser.click("activate-" + directory);
            browser.click("activate-confirm");
            browser.until(d -> d.findElement(By.id("rescreening-progress-text")).getText()
                    .matches(".*" + directory + ": COMPLETED.*"));
            assertThat(browser.find("rescreening-progress-text").getText()).contains("2 open cases noted");
        } finally {
            String inForce = CaseworkApi.array(get("auditor", sdn)).getValuesAs(JsonObject.class).stream()
                    .filter(v -> v.getString("status").equals("IN_FORCE")).map(v -> v.getString("version"))
                    .findFirst().orElse("");
            if (!inForce.equals(directory)) {
                CaseworkApi.array(get("auditor", sdn)).getValuesAs(JsonObject.class).stream()
                        .filter(v -> v.getString("version").equals(directory)).findFirst()
                        .ifPresent(v -> putInForce(sdn, v.getString("versionId")));
            }
        }
    }

    private static void putInForce(String versions, String versionId) {
        try {
            post("admin", versions + "/" + versionId + "/activate", "");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theManagerSeesOpenCasesBreachesFalsePositiveRatesAndHitsDrawnOnTheServer() throws Exception {
        openCase(KOMID, unique("DASH"));
        try (Browser browser = Browser.open()) {
            browser.signIn("manager", "/dashboard");
            assertThat(Long.parseLong(browser.visible("tile-open").getText())).isPositive();
            assertThat(Long.parseLong(browser.find("tile-hits").getText())).isPositive();
            for (String chart : List.of("chart-open-by-queue", "chart-false-positive-rate", "chart-hits-per-day")) {
                browser.until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                        "return document.getElementById(arguments[0]).naturalWidth", chart)).intValue() == 640);
            }
            browser.screenshot("manager-dashboard.png");
        }
    }

    /** A red flag of a trade transaction is reviewed like a hit: the rule, its severity and its evidence. */
    @Test
    void theAnalystReviewsARedFlagOfATradeTransaction() throws Exception {
        String trade = """
                {"reference": "%s", "parties": [
                  {"role": "CONSIGNEE", "name": "Liaoning Jinhua Materials Co", "country": "CN",
                   "address": "No. 3 Jiangcheng Street, Dandong, Liaoning"}],
                 "goods": [{"description": "maraging steel bars, grade 350", "hsCode": "7228.30", "value": 48000,
                   "currency": "USD"}],
                 "route": [{"kind": "DISCHARGE", "place": "Dandong", "country": "CN"}]}""".formatted(unique("INV"));
        HttpResponse<String> screened = post(CaseworkApi.SERVICE, "/api/screenings/trade", trade);
        assertThat(screened.statusCode()).as(screened.body()).isEqualTo(201);
        String caseId = json(screened).getString("caseId");
        try (Browser browser = Browser.open()) {
            browser.signIn("analyst", "/cases/" + caseId);
            browser.visible("side-by-side");
            assertThat(browser.find("party-name").getText()).isEqualTo("Liaoning Jinhua Materials Co");
            assertThat(browser.find("score-features").getText()).contains("red_flag");
            assertThat(browser.find("side-by-side").getText()).contains("DPRK-04");
            browser.screenshot("analyst-red-flag.png");
        }
    }

    /** A payment's case: the hit of the strongest field side by side, and where in the message it was found. */
    @Test
    void theAnalystSeesWhereInThePaymentMessageAHitWasFound() throws Exception {
        HttpResponse<String> screened = PaymentScreeningIT.screen("text/plain",
                PaymentScreeningIT.fresh("mt103-komid.txt"));
        assertThat(screened.statusCode()).as(screened.body()).isEqualTo(201);
        String caseId = json(screened).getString("caseId");
        try (Browser browser = Browser.open()) {
            browser.signIn("analyst", "/cases/" + caseId);
            browser.visible("side-by-side");
            String field = browser.find("party-found-in").getText();
            assertThat(field).as("the field of the hit shown").isIn(":50K:", ":72:");
            assertThat(browser.find("party-name").getText()).as("the words of that field the hit was found on")
                    .isEqualTo(field.equals(":72:") ? "KOREA KWANGSON BANKING CORP"
                            : "KOREA MINING DEVELOPMENT TRADING CORPORATION");
            browser.screenshot("analyst-payment-hit.png");
        }
    }

    /**
     * The party's name carries markup (a name the engine still matches in full, the tags being punctuation to it);
     * the comment carries the classic script payload. Both must read as the characters typed.
     */
    @Test
    void aPartyNamedLikeHtmlIsShownAsText() throws Exception {
        String name = "<i>" + KOMID + "</i>";
        String payload = "<img src=x onerror=alert(1)>";
        String caseId = openCase(name, unique("XSS"));
        try (Browser browser = Browser.open()) {
            browser.signIn("analyst", "/cases/" + caseId);
            browser.visible("side-by-side");
            assertThat(browser.find("case-party").getText()).isEqualTo(name);
            assertThat(browser.find("party-name").getText()).isEqualTo(name);
            browser.type("comment-text", payload);
            browser.click("add-comment");
            browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("comments"), payload));
            assertThat(browser.all(By.cssSelector("#case-party i, #side-by-side i, #comments img"))).isEmpty();

            browser.go("/analyst/queue?party=%3Ci%3E&status=any");
            browser.until(ExpectedConditions.presenceOfElementLocated(By.id("open-" + caseId)));
            assertThat(browser.find("open-" + caseId).getText()).isEqualTo(name);
            browser.screenshot("markup-shown-as-text.png");
        }
    }
}
