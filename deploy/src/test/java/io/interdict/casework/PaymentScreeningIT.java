package io.interdict.casework;

import static io.interdict.casework.CaseworkApi.get;
import static io.interdict.casework.CaseworkApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.platform.environment.DeployedApplication;
import io.interdict.platform.environment.PlatformTest;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Payment messages screened through {@code POST /api/screenings/payment} against the real lists: pacs.008, pacs.009,
 * MT103 and MT202 COV written for these tests ({@code case-api/src/test/resources/payments}), each hit saying the
 * field of the message it came from, one case per message keeping the message; a message that cannot be read is a
 * problem with the parser's position.
 */
@PlatformTest
class PaymentScreeningIT extends DeployedApplication {

    private static final Path SAMPLES = Path.of(System.getProperty("user.dir")).resolveSibling("case-api")
            .resolve("src/test/resources/payments");

    static String sample(String name) {
        try {
            return Files.readString(SAMPLES.resolve(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A sample with its references made unique, so that each run's messages are new ones. */
    static String fresh(String name) {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return sample(name).replace("INTERDICT-", "IT" + run + "-");
    }

    static HttpResponse<String> screen(String contentType, String message) throws Exception {
        return CaseworkApi.upload(CaseworkApi.SERVICE, "/api/screenings/payment", contentType,
                message.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> foundIn(JsonObject result) {
        return result.getJsonArray("hits").getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(
                h -> h.getString("sourceId"), h -> h.getJsonArray("foundIn").getValuesAs(jakarta.json.JsonString.class)
                        .stream().map(jakarta.json.JsonString::getString).collect(Collectors.joining(", ")),
                (a, b) -> a));
    }

    private static JsonObject hit(String contentType, String message) throws Exception {
        HttpResponse<String> screened = screen(contentType, message);
        assertThat(screened.statusCode()).as(screened.body()).isEqualTo(201);
        JsonObject result = json(screened);
        assertThat(result.getString("outcome")).as(screened.body()).isEqualTo("HIT");
        return result;
    }

    @Test
    void aPacs008HitsOnTheDebtorsNameTheCreditorAgentsBicAndTheRemittanceTextInOneCaseKeepingTheMessage()
            throws Exception {
        String message = fresh("pacs.008-komid.xml");

        JsonObject result = hit("application/xml", message);

        assertThat(foundIn(result)).containsEntry("9345", "CdtTrfTxInf/Dbtr/Nm")
                .containsEntry("15603", "CdtTrfTxInf/CdtrAgt/FinInstnId/BICFI")
                .containsEntry("17068", "CdtTrfTxInf/RmtInf/Ustrd");
        String caseId = result.getString("caseId");
        JsonObject opened = json(get("analyst", "/api/cases/" + caseId));
        assertThat(opened.getJsonArray("alerts").getValuesAs(JsonObject.class)).extracting(a -> a.getString("sourceId"))
                .contains("9345", "15603", "17068");
        List<JsonObject> documents = array(get("analyst", "/api/cases/" + caseId + "/attachments"));
        assertThat(documents).singleElement().satisfies(d -> {
            assertThat(d.getString("fileName")).startsWith("pacs.008.001.08-IT").endsWith(".xml");
            assertThat(d.getString("contentType")).isEqualTo("application/xml");
        });
        HttpResponse<String> kept = get("auditor", "/api/cases/" + caseId + "/attachments/"
                + documents.get(0).getString("id"));
        assertThat(kept.body()).as("the message as received").isEqualTo(message);
    }

    @Test
    void aPacs009CoverHitsOnTheCreditorBanksBicAndTheUnderlyingCreditor() throws Exception {
        JsonObject result = hit("application/xml", fresh("pacs.009-cov-dcb.xml"));

        assertThat(foundIn(result)).containsEntry("16085", "CdtTrfTxInf/Cdtr/FinInstnId/Nm, "
                + "CdtTrfTxInf/Cdtr/FinInstnId/BICFI, CdtTrfTxInf/UndrlygCstmrCdtTrf/CdtrAgt/FinInstnId/BICFI");
        assertThat(foundIn(result)).containsEntry("20604", "CdtTrfTxInf/UndrlygCstmrCdtTrf/Cdtr/Nm");
    }

    @Test
    void anMt103HitsOnTheOrderingCustomerAndOnANameContinuedInField72() throws Exception {
        JsonObject result = hit("text/plain", fresh("mt103-komid.txt"));

        assertThat(foundIn(result)).containsEntry("9345", ":50K:").containsEntry("11581", ":72:");
    }

    @Test
    void anMt202CoverHitsOnTheBeneficiaryInstitutionAndTheUnderlyingBeneficiary() throws Exception {
        JsonObject result = hit("text/plain", fresh("mt202cov-dcb.txt"));

        assertThat(foundIn(result)).containsEntry("16085", ":58A:").containsEntry("17067", "B/:59F:");
    }

    @Test
    void anOrdinaryPaymentIsClearAgainstTheRealLists() throws Exception {
        String ordinary = fresh("pacs.008-komid.xml")
                .replace("Korea Mining Development Trading Corporation", "Harriet Pemberton-Ashworth Textiles")
                .replace("<TwnNm>Pyongyang</TwnNm><Ctry>KP</Ctry>", "<TwnNm>Leeds</TwnNm><Ctry>GB</Ctry>")
                .replace("FTBDKPPYXXX", "HSBCHKHHXXX")
                .replace("FREIGHT FOR OCEAN MARITIME MANAGEMENT COMPANY LIMITED VOYAGE 12",
                        "SPRING COLLECTION COTTON SHIRTS AND KNITWEAR ORDER PO 7781 LESS CREDIT NOTE");

        HttpResponse<String> screened = screen("application/xml", ordinary);

        assertThat(screened.statusCode()).as(screened.body()).isEqualTo(201);
        assertThat(json(screened).getString("outcome")).as(screened.body()).isEqualTo("CLEAR");
    }

    @Test
    void messagesThatCannotBeReadAreProblemsWithTheParsersPosition() throws Exception {
        HttpResponse<String> broken = screen("application/xml", sample("pacs.008-komid.xml")
                .replace("</Dbtr>", "</Debtor>"));
        assertProblem(broken, 400, "payment-message-malformed");
        assertThat(json(broken).getJsonArray("errors").getJsonObject(0).getString("field")).matches("line \\d+, column \\d+");

        HttpResponse<String> unclosed = screen("text/plain", sample("mt103-komid.txt").replace("-}", ""));
        assertProblem(unclosed, 400, "payment-message-malformed");
        assertThat(json(unclosed).getString("detail")).contains("block 4 at line 1");

        assertProblem(screen("text/plain", sample("mt103-komid.txt").replace("I103", "I940")), 422,
                "payment-message-refused");
        HttpResponse<String> latin1 = CaseworkApi.upload(CaseworkApi.SERVICE, "/api/screenings/payment",
                "text/plain", sample("mt103-komid.txt").replace("HARBOUR", "HÄRBOUR")
                        .getBytes(StandardCharsets.ISO_8859_1));
        assertProblem(latin1, 400, "payment-message-malformed");
        assertThat(json(latin1).getString("detail")).contains("not UTF-8");
    }

    private static List<JsonObject> array(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        assertThat(json(response).getString("type")).isEqualTo("urn:interdict:problem:" + type);
    }
}
