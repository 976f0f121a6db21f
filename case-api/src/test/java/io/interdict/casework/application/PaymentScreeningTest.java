package io.interdict.casework.application;

import static io.interdict.casework.application.InMemoryCasework.KOMID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.casework.domain.model.attachments.Attachment;
import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.ScreeningCase;
import io.interdict.casework.domain.model.payment.MalformedPaymentMessage;
import io.interdict.casework.domain.model.payment.PaymentMessageReader.Syntax;
import io.interdict.casework.infrastructure.documents.TikaContentTypes;
import io.interdict.casework.infrastructure.payments.ProwidePaymentMessages;
import io.interdict.casework.infrastructure.payments.ProwidePaymentMessagesTest;
import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.EntryName;
import io.interdict.screening.domain.model.entry.Identifier;
import io.interdict.screening.domain.model.entry.IdentifierType;
import io.interdict.screening.domain.model.entry.ListEntry;
import io.interdict.screening.domain.model.list.ListVersion;
import io.interdict.screening.domain.model.list.SanctionsList;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A payment message screened whole: every hit an alert of one case for the message, naming the field it came from,
 * the message kept with the case; a message that cannot be read stores nothing.
 */
class PaymentScreeningTest {

    private final InMemoryCasework casework = new InMemoryCasework();
    private final PaymentScreening screening = new PaymentScreening();

    PaymentScreeningTest() {
        ListVersion version = new ListVersion(ListSource.US_OFAC_SDN, "2024-05-03", Optional.empty(), "0".repeat(64),
                List.of("sdn.csv"));
        casework.lists.replace(new SanctionsList(version, List.of(
                entity("9214", KOMID),
                entity("17068", "OCEAN MARITIME MANAGEMENT COMPANY LIMITED"),
                entity("11581", "KOREA KWANGSON BANKING CORP"),
                ListEntry.builder(ListSource.US_OFAC_SDN, "13277", EntityType.ENTITY)
                        .name(EntryName.primary("FOREIGN TRADE BANK OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA"))
                        .identifier(Identifier.of(IdentifierType.BIC, "FTBDKPPY")).programme("DPRK").build(),
                entity("306", "BANCO NACIONAL DE CUBA"),
                entity("40001", "SAD IMPORT EXPORT COMPANY"),
                entity("40002", "SDS")))).apply();
        CaseAttachments attachments = new CaseAttachments();
        attachments.cases = casework.cases;
        attachments.attachments = casework.attachments;
        attachments.contentTypes = new TikaContentTypes();
        attachments.auditTrail = casework.trail;
        attachments.clock = casework.clock;
        screening.reader = new ProwidePaymentMessages();
        screening.activeLists = casework.lists;
        screening.answers = casework.answers;
        screening.replays = casework.replays;
        screening.caseOpening = casework.caseOpening;
        screening.attachments = attachments;
        screening.auditTrail = casework.trail;
        screening.clock = casework.clock;
    }

    private static ListEntry entity(String id, String name) {
        return ListEntry.builder(ListSource.US_OFAC_SDN, id, EntityType.ENTITY).name(EntryName.primary(name))
                .programme("DPRK").build();
    }

    private ScreeningResult screen(Syntax syntax, String message, Optional<String> key) {
        return screening.screen(syntax, message, "payment-hub", key).result();
    }

    private static Map<String, List<String>> foundInBySourceId(ScreeningResult result) {
        return result.hits().stream().collect(Collectors.toMap(ScreeningResult.HitView::sourceId,
                ScreeningResult.HitView::foundIn));
    }

    @Test
    void aPacs008OpensOneCaseWhoseAlertsNameTheFieldsTheyCameFromAndKeepsTheMessage() {
        String message = ProwidePaymentMessagesTest.sample("pacs.008-komid.xml");

        ScreeningResult result = screen(Syntax.ISO_20022, message, Optional.empty());

        assertThat(result.outcome().name()).isEqualTo("HIT");
        assertThat(foundInBySourceId(result)).containsOnly(
                Map.entry("9214", List.of("CdtTrfTxInf/Dbtr/Nm")),
                Map.entry("13277", List.of("CdtTrfTxInf/CdtrAgt/FinInstnId/BICFI")),
                Map.entry("17068", List.of("CdtTrfTxInf/RmtInf/Ustrd")));
        assertThat(result.hits()).filteredOn(h -> h.sourceId().equals("13277")).singleElement()
                .satisfies(bank -> assertThat(bank.explanation())
                        .startsWith("creditor agent (CdtTrfTxInf/CdtrAgt/FinInstnId/BICFI) 'FTBDKPPYXXX': "));
        assertThat(casework.cases.stored).hasSize(1);
        ScreeningCase opened = casework.cases.stored.get(new CaseId(result.caseId()));
        assertThat(opened.alerts()).hasSize(3);
        assertThat(opened.party().name()).as("the party of the strongest hit").isIn(
                "Korea Mining Development Trading Corporation", "FTBDKPPYXXX");
        assertThat(opened.party().reference()).hasValue("payment:pacs.008.001.08:INTERDICT-PACS8-0001");
        Map.Entry<Attachment, byte[]> kept = casework.attachments.stored.entrySet().iterator().next();
        assertThat(kept.getKey().fileName()).isEqualTo("pacs.008.001.08-INTERDICT-PACS8-0001.xml");
        assertThat(kept.getKey().contentType()).isEqualTo("application/xml");
        assertThat(new String(kept.getValue(), StandardCharsets.UTF_8)).isEqualTo(message);
        assertThat(casework.actionsAbout(result.screeningId())).containsExactly("PAYMENT_SCREENED");
    }

    @Test
    void anMt103FindsTheNameRunOnIntoTheNextLineAndTheNameContinuedInField72() {
        ScreeningResult result = screen(Syntax.SWIFT_MT, ProwidePaymentMessagesTest.sample("mt103-komid.txt"), Optional.empty());

        assertThat(foundInBySourceId(result)).containsEntry("9214", List.of(":50K:"))
                .containsEntry("11581", List.of(":72:"));
        assertThat(result.hits()).filteredOn(h -> h.sourceId().equals("9214")).singleElement()
                .satisfies(h -> assertThat(h.foundText()).isEqualTo(KOMID));
        assertThat(result.hits()).filteredOn(h -> h.sourceId().equals("11581")).singleElement()
                .satisfies(h -> assertThat(h.foundText()).isEqualTo("KOREA KWANGSON BANKING CORP"));
        assertThat(casework.cases.stored.values()).singleElement().satisfies(c -> assertThat(c.party().name())
                .as("the ordering customer's name as it ran on into its second line").isEqualTo(KOMID));
        assertThat(casework.attachments.stored.keySet()).singleElement()
                .satisfies(a -> assertThat(a.contentType()).isEqualTo("text/plain"));
    }

    @Test
    void oneEntryFoundInTwoFieldsIsOneAlertNamingBoth() {
        String twice = ProwidePaymentMessagesTest.sample("pacs.008-komid.xml").replace("FREIGHT FOR OCEAN MARITIME MANAGEMENT COMPANY LIMITED",
                "GOODS OF KOREA MINING DEVELOPMENT TRADING CORPORATION");

        ScreeningResult result = screen(Syntax.ISO_20022, twice, Optional.empty());

        assertThat(foundInBySourceId(result).get("9214")).containsExactly("CdtTrfTxInf/Dbtr/Nm",
                "CdtTrfTxInf/RmtInf/Ustrd");
    }

    @Test
    void freeTextAlertsOnAWholeListedNameNotOnAPartOfItNorOnAWordLikeAnAcronym() {
        String partly = ProwidePaymentMessagesTest.sample("pacs.008-komid.xml").replace("Korea Mining Development Trading Corporation",
                        "Harriet Pemberton-Ashworth Textiles").replace("FTBDKPPYXXX", "HSBCHKHHXXX")
                .replace("FREIGHT FOR OCEAN MARITIME MANAGEMENT COMPANY LIMITED", "SHIRTS AND IMPORT EXPORT CO");

        assertThat(screen(Syntax.ISO_20022, partly, Optional.empty()).outcome().name()).isEqualTo("CLEAR");

        String whole = partly.replace("SHIRTS AND IMPORT EXPORT CO", "SHIRTS AND SAD IMPORT EXPORT CO");
        assertThat(foundInBySourceId(screen(Syntax.ISO_20022, whole, Optional.empty())))
                .containsOnlyKeys("40001");
    }

    @Test
    void aClearMessageOpensNoCaseAndKeepsNoDocumentAndARepeatedKeyIsAnsweredTheSame() {
        String clear = ProwidePaymentMessagesTest.sample("pacs.008-komid.xml")
                .replace("Korea Mining Development Trading Corporation", "Harriet Pemberton-Ashworth Textiles")
                .replace("FTBDKPPYXXX", "HSBCHKHHXXX").replace("OCEAN MARITIME MANAGEMENT COMPANY LIMITED",
                        "COTTON SHIRTS SPRING COLLECTION");

        ScreeningResult first = screen(Syntax.ISO_20022, clear, Optional.of("P-1"));
        ScreeningResult again = screen(Syntax.ISO_20022, clear, Optional.of("P-1"));

        assertThat(first.outcome().name()).isEqualTo("CLEAR");
        assertThat(again.screeningId()).isEqualTo(first.screeningId());
        assertThat(casework.screenings.stored).hasSize(1);
        assertThat(casework.cases.stored).isEmpty();
        assertThat(casework.attachments.stored).isEmpty();
    }

    @Test
    void aMalformedMessageIsRefusedAndNothingIsStoredOrAudited() {
        String broken = ProwidePaymentMessagesTest.sample("pacs.008-komid.xml").replace("</Dbtr>", "");

        assertThatThrownBy(() -> screen(Syntax.ISO_20022, broken, Optional.of("P-2")))
                .isInstanceOf(MalformedPaymentMessage.class);
        assertThat(casework.screenings.stored).isEmpty();
        assertThat(casework.cases.stored).isEmpty();
        assertThat(casework.trail.records).isEmpty();
    }
}
