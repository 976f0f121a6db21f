package io.interdict.casework.infrastructure.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.casework.domain.model.payment.FieldKind;
import io.interdict.casework.domain.model.payment.MalformedPaymentMessage;
import io.interdict.casework.domain.model.payment.MessageField;
import io.interdict.casework.domain.model.payment.PaymentMessage;
import io.interdict.casework.domain.model.payment.PaymentMessageReader.Syntax;
import io.interdict.casework.domain.model.payment.PaymentMessageRefused;
import io.interdict.casework.domain.model.payment.PaymentMessageType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Payment messages read with Prowide's libraries into the fields a sanctions filter screens, each with its path. */
public class ProwidePaymentMessagesTest {

    private final ProwidePaymentMessages messages = new ProwidePaymentMessages();

    /** A payment message written for the tests ({@code src/test/resources/payments}). */
    public static String sample(String name) {
        try (InputStream in = ProwidePaymentMessagesTest.class.getResourceAsStream("/payments/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageField at(PaymentMessage message, String path) {
        return message.fields().stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + path + " in " + message.fields()));
    }

    private static List<String> bicsOf(MessageField field) {
        return field.identifiers().stream().map(i -> i.identifier().value()).toList();
    }

    @Test
    void aPacs008GivesItsPartiesAgentsAndRemittanceWithTheirPaths() {
        PaymentMessage message = messages.read(Syntax.ISO_20022, sample("pacs.008-komid.xml"));

        assertThat(message.type()).isEqualTo(PaymentMessageType.PACS_008);
        assertThat(message.version()).isEqualTo("pacs.008.001.08");
        assertThat(message.reference()).isEqualTo("INTERDICT-PACS8-0001");
        assertThat(message.amount()).isEqualTo("USD 25000.00");
        MessageField debtor = at(message, "CdtTrfTxInf/Dbtr");
        assertThat(debtor.kind()).isEqualTo(FieldKind.PARTY);
        assertThat(debtor.role()).isEqualTo("debtor");
        assertThat(debtor.name()).isEqualTo("Korea Mining Development Trading Corporation");
        assertThat(debtor.namePath()).isEqualTo("CdtTrfTxInf/Dbtr/Nm");
        assertThat(debtor.country()).isEqualTo("KP");
        MessageField creditorAgent = at(message, "CdtTrfTxInf/CdtrAgt/FinInstnId");
        assertThat(creditorAgent.kind()).isEqualTo(FieldKind.AGENT);
        assertThat(bicsOf(creditorAgent)).containsExactly("FTBDKPPYXXX", "FTBDKPPY");
        assertThat(creditorAgent.identifiers().get(0).path()).isEqualTo("CdtTrfTxInf/CdtrAgt/FinInstnId/BICFI");
        assertThat(at(message, "CdtTrfTxInf/DbtrAgt/FinInstnId").name()).isEqualTo("Deutsche Bank AG");
        assertThat(at(message, "CdtTrfTxInf/Cdtr").address()).contains("Queen's Road", "Hong Kong");
        MessageField remittance = at(message, "CdtTrfTxInf/RmtInf/Ustrd");
        assertThat(remittance.kind()).isEqualTo(FieldKind.FREE_TEXT);
        assertThat(remittance.name()).contains("OCEAN MARITIME MANAGEMENT COMPANY LIMITED");
        assertThat(message.fields()).extracting(MessageField::path).contains("CdtTrfTxInf/InstgAgt/FinInstnId",
                "CdtTrfTxInf/InstdAgt/FinInstnId");
    }

    @Test
    void aPacs009CoverReadsItsHeaderBanksAgentsAsDebtorAndCreditorAndTheUnderlyingCustomers() {
        PaymentMessage message = messages.read(Syntax.ISO_20022, sample("pacs.009-cov-dcb.xml"));

        assertThat(message.type()).isEqualTo(PaymentMessageType.PACS_009);
        assertThat(bicsOf(at(message, "AppHdr/Fr/FIId/FinInstnId"))).contains("DEUTDEFFXXX");
        MessageField creditor = at(message, "CdtTrfTxInf/Cdtr/FinInstnId");
        assertThat(creditor.kind()).as("pacs.009's creditor is a bank").isEqualTo(FieldKind.AGENT);
        assertThat(creditor.role()).isEqualTo("creditor");
        assertThat(bicsOf(creditor)).contains("DCBKKPPY");
        assertThat(at(message, "CdtTrfTxInf/UndrlygCstmrCdtTrf/Cdtr").name()).isEqualTo("Kim Chol Nam");
        assertThat(at(message, "CdtTrfTxInf/UndrlygCstmrCdtTrf/RmtInf/Ustrd").name()).isEqualTo("MACHINE PARTS");
    }

    @Test
    void anMt103GivesItsTagsWithTheNameRunOnIntoTheNextLineAsASecondReading() {
        PaymentMessage message = messages.read(Syntax.SWIFT_MT, sample("mt103-komid.txt"));

        assertThat(message.type()).isEqualTo(PaymentMessageType.MT103);
        assertThat(message.reference()).isEqualTo("INTERDICT-MT103-1");
        assertThat(message.amount()).isEqualTo("USD 25000,00");
        MessageField ordering = at(message, ":50K:");
        assertThat(ordering.role()).isEqualTo("ordering customer");
        assertThat(ordering.names()).containsExactly("KOREA MINING DEVELOPMENT",
                "KOREA MINING DEVELOPMENT TRADING CORPORATION");
        assertThat(at(message, ":59:").name()).isEqualTo("HARBOUR SUPPLIES LIMITED");
        assertThat(bicsOf(at(message, ":57A:"))).contains("CHASUS33XXX", "CHASUS33");
        assertThat(bicsOf(at(message, "{1:}"))).contains("DEUTDEFF");
        assertThat(at(message, ":72:").kind()).isEqualTo(FieldKind.FREE_TEXT);
        assertThat(at(message, ":72:").name()).contains("KOREA KWANGSON").contains("BANKING CORP");
    }

    @Test
    void anMt202CoverPutsItsUnderlyingCustomersInSequenceBWithTheStructuredNames() {
        PaymentMessage message = messages.read(Syntax.SWIFT_MT, sample("mt202cov-dcb.txt"));

        assertThat(message.version()).isEqualTo("MT202COV");
        assertThat(bicsOf(at(message, ":58A:"))).contains("DCBKKPPY", "DCBKKPPYXXX");
        assertThat(at(message, ":58A:").role()).isEqualTo("beneficiary institution");
        MessageField beneficiary = at(message, "B/:59F:");
        assertThat(beneficiary.name()).isEqualTo("CHONG CHON GANG SHIPPING COMPANY");
        assertThat(beneficiary.country()).isEqualTo("KP");
        assertThat(at(message, "B/:50F:").name()).isEqualTo("HARBOUR SUPPLIES LIMITED");
    }

    @Test
    void xmlThatIsNotWellFormedIsRefusedWithTheParsersLineAndColumn() {
        String broken = sample("pacs.008-komid.xml").replace("</Dbtr>", "</Debtor>");

        assertThatThrownBy(() -> messages.read(Syntax.ISO_20022, broken))
                .isInstanceOf(MalformedPaymentMessage.class)
                .satisfies(e -> assertThat(((MalformedPaymentMessage) e).position()).matches("line 2\\d, column \\d+"))
                .hasMessageContaining("Dbtr");
    }

    @Test
    void anExternalEntityIsNeverRead() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08\"><FIToFICstmrCdtTrf>"
                + "<CdtTrfTxInf><Dbtr><Nm>&x;</Nm></Dbtr></CdtTrfTxInf></FIToFICstmrCdtTrf></Document>";

        assertThatThrownBy(() -> messages.read(Syntax.ISO_20022, xxe)).isInstanceOf(MalformedPaymentMessage.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void otherMessagesAndIncompleteOnesAreRefusedSayingWhy() {
        String statusReport = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.002.001.10\">"
                + "<FIToFIPmtStsRpt><GrpHdr><MsgId>1</MsgId></GrpHdr></FIToFIPmtStsRpt></Document>";
        assertThatThrownBy(() -> messages.read(Syntax.ISO_20022, statusReport))
                .isExactlyInstanceOf(PaymentMessageRefused.class).hasMessageContaining("pacs.002.001.10");
        String noTransaction = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08\">"
                + "<FIToFICstmrCdtTrf><GrpHdr><MsgId>1</MsgId></GrpHdr></FIToFICstmrCdtTrf></Document>";
        assertThatThrownBy(() -> messages.read(Syntax.ISO_20022, noTransaction))
                .isExactlyInstanceOf(PaymentMessageRefused.class).hasMessageContaining("CdtTrfTxInf");
        String noBeneficiary = sample("mt103-komid.txt").replaceAll("(?s):59:.*?:70:", ":70:");
        assertThatThrownBy(() -> messages.read(Syntax.SWIFT_MT, noBeneficiary))
                .isExactlyInstanceOf(PaymentMessageRefused.class).hasMessage("block 4: MT103 without field 59a");
        String statement = sample("mt103-komid.txt").replace("I103", "I940");
        assertThatThrownBy(() -> messages.read(Syntax.SWIFT_MT, statement))
                .isExactlyInstanceOf(PaymentMessageRefused.class).hasMessageContaining("MT940 is not screened");
    }

    @Test
    void anMtMessageWhoseBlockDoesNotCloseIsRefusedWithTheBlocksPosition() {
        String unclosed = sample("mt103-komid.txt").replace("-}", "");

        assertThatThrownBy(() -> messages.read(Syntax.SWIFT_MT, unclosed))
                .isInstanceOf(MalformedPaymentMessage.class)
                .satisfies(e -> assertThat(((MalformedPaymentMessage) e).position())
                        .isEqualTo("block 4 at line 1, column 97"));
        assertThatThrownBy(() -> messages.read(Syntax.SWIFT_MT, "PAY KOMID 1000 USD"))
                .isInstanceOf(MalformedPaymentMessage.class).hasMessageContaining("blocks {1:}, {2:} and {4:}");
    }
}
