package io.interdict.casework.infrastructure.payments;

import com.prowidesoftware.swift.model.MxId;
import com.prowidesoftware.swift.model.MxNode;
import com.prowidesoftware.swift.model.mx.MxParseUtils;
import com.prowidesoftware.swift.utils.SafeXmlUtils;
import io.interdict.casework.domain.model.payment.BankIdentifierCodes;
import io.interdict.casework.domain.model.payment.FieldKind;
import io.interdict.casework.domain.model.payment.MalformedPaymentMessage;
import io.interdict.casework.domain.model.payment.MessageField;
import io.interdict.casework.domain.model.payment.MessageField.LocatedIdentifier;
import io.interdict.casework.domain.model.payment.PaymentMessage;
import io.interdict.casework.domain.model.payment.PaymentMessageRefused;
import io.interdict.casework.domain.model.payment.PaymentMessageType;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an ISO 20022 {@code pacs.008} or {@code pacs.009}, any version, with or without its business application
 * header: the parties and agents of the group header and of every transaction (a cover payment's underlying
 * customer transfer included), and the free text that can carry a name. Paths are written from the transaction
 * ({@code CdtTrfTxInf/Dbtr/Nm}; {@code CdtTrfTxInf[2]/...} for the second) or the header ({@code GrpHdr/...},
 * {@code AppHdr/Fr}).
 */
final class IsoPaymentReader {

    /** Elements whose content is a party or an agent, by the role a person gives it. */
    private static final Map<String, String> ROLES = Map.ofEntries(
            Map.entry("Dbtr", "debtor"), Map.entry("Cdtr", "creditor"),
            Map.entry("UltmtDbtr", "ultimate debtor"), Map.entry("UltmtCdtr", "ultimate creditor"),
            Map.entry("InitgPty", "initiating party"), Map.entry("Invcr", "invoicer"), Map.entry("Invcee", "invoicee"),
            Map.entry("InstgAgt", "instructing agent"), Map.entry("InstdAgt", "instructed agent"),
            Map.entry("DbtrAgt", "debtor agent"), Map.entry("CdtrAgt", "creditor agent"),
            Map.entry("IntrmyAgt1", "intermediary agent 1"), Map.entry("IntrmyAgt2", "intermediary agent 2"),
            Map.entry("IntrmyAgt3", "intermediary agent 3"),
            Map.entry("PrvsInstgAgt1", "previous instructing agent 1"),
            Map.entry("PrvsInstgAgt2", "previous instructing agent 2"),
            Map.entry("PrvsInstgAgt3", "previous instructing agent 3"));

    /** Elements of free text that can carry a name. */
    private static final Map<String, String> TEXTS = Map.of(
            "Ustrd", "remittance information", "AddtlRmtInf", "additional remittance information",
            "InstrInf", "instruction", "Inf", "regulatory reporting");

    private static final Map<String, PaymentMessageType> TYPES = Map.of(
            "FIToFICstmrCdtTrf", PaymentMessageType.PACS_008, "FICdtTrf", PaymentMessageType.PACS_009);

    PaymentMessage read(String xml) {
        checkWellFormed(xml);
        MxId id = MxParseUtils.identifyMessage(xml).orElseThrow(() -> new PaymentMessageRefused("Document",
                "no ISO 20022 message: the XML has no Document element in an urn:iso:std:iso:20022 namespace"));
        MxNode root = MxNode.parse(xml);
        MxNode message = TYPES.keySet().stream().map(root::findFirstByName).filter(n -> n != null).findFirst()
                .orElseThrow(() -> new PaymentMessageRefused("Document", id.id() + " is not screened here: "
                        + "send a pacs.008 (FIToFICstmrCdtTrf) or a pacs.009 (FICdtTrf)"));
        PaymentMessageType type = TYPES.get(message.getLocalName());
        if (!id.id().startsWith(type.label())) {
            throw new PaymentMessageRefused("Document", "the namespace says " + id.id() + " but the message is a "
                    + message.getLocalName());
        }
        List<MxNode> transactions = children(message, "CdtTrfTxInf");
        if (transactions.isEmpty()) {
            throw new PaymentMessageRefused("Document/" + message.getLocalName(),
                    "the message has no transaction (CdtTrfTxInf)");
        }
        List<MessageField> fields = new ArrayList<>();
        Optional.ofNullable(root.findFirstByName("AppHdr")).ifPresent(header -> headerAgents(header, fields));
        Optional.ofNullable(first(message, "GrpHdr")).ifPresent(header -> walk(header, "GrpHdr", fields));
        for (int i = 0; i < transactions.size(); i++) {
            walk(transactions.get(i), "CdtTrfTxInf" + (i == 0 ? "" : "[" + (i + 1) + "]"), fields);
        }
        MxNode firstTx = transactions.get(0);
        return new PaymentMessage(type, id.id(), referenceOf(message, firstTx), amountOf(firstTx), fields, xml);
    }

    /** The parser's own position for XML that is not well-formed (Prowide's secure reader: no external entities). */
    private static void checkWellFormed(String xml) {
        try {
            XMLReader reader = SafeXmlUtils.reader(true, null);
            reader.setContentHandler(new DefaultHandler());
            reader.setErrorHandler(new Strict());
            reader.parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            throw new MalformedPaymentMessage("line " + e.getLineNumber() + ", column " + e.getColumnNumber(),
                    "not well-formed XML: " + e.getMessage());
        } catch (SAXException | IOException e) {
            throw new MalformedPaymentMessage("", "not well-formed XML: " + e.getMessage());
        }
    }

    private static void headerAgents(MxNode header, List<MessageField> fields) {
        for (String side : List.of("Fr", "To")) {
            MxNode node = first(header, side);
            MxNode institution = node == null ? null : node.findFirstByName("FinInstnId");
            if (institution != null) {
                fields.add(agent(institution, "AppHdr/" + side + "/FIId/FinInstnId",
                        side.equals("Fr") ? "sender" : "receiver"));
            }
        }
    }

    /** Every party, agent and free text under the node, each read where it stands. */
    private static void walk(MxNode node, String path, List<MessageField> fields) {
        for (MxNode child : node.getChildren()) {
            String name = child.getLocalName();
            String at = path + "/" + name;
            if (ROLES.containsKey(name)) {
                MessageField field = partyOrAgent(child, at, ROLES.get(name));
                if (!field.isEmpty()) {
                    fields.add(field);
                }
            } else if (TEXTS.containsKey(name)) {
                text(child).ifPresent(text -> fields.add(MessageField.freeText(at, TEXTS.get(name), text)));
            } else {
                walk(child, at, fields);
            }
        }
    }

    /** An agent holds a financial institution (pacs.009's debtor and creditor too); a party, a name and an id. */
    private static MessageField partyOrAgent(MxNode node, String path, String role) {
        MxNode institution = first(node, "FinInstnId");
        if (institution != null) {
            return agent(institution, path + "/FinInstnId", role);
        }
        MxNode wrapped = first(node, "Pty");
        MxNode party = wrapped != null ? wrapped : node;
        String partyPath = party == node ? path : path + "/Pty";
        List<LocatedIdentifier> ids = new ArrayList<>();
        MxNode anyBic = party.findFirst("./Id/OrgId/AnyBIC");
        if (anyBic == null) {
            anyBic = party.findFirst("./Id/OrgId/BICOrBEI");
        }
        bic(anyBic, partyPath + "/Id/OrgId/" + (anyBic == null ? "" : anyBic.getLocalName()), ids);
        MxNode address = first(party, "PstlAdr");
        String country = Optional.ofNullable(value(address, "Ctry")).or(() -> Optional.ofNullable(value(party,
                "CtryOfRes"))).orElse("");
        return new MessageField(path, FieldKind.PARTY, role, value(party, "Nm"), List.of(), partyPath + "/Nm",
                addressOf(address), country, ids);
    }

    private static MessageField agent(MxNode institution, String path, String role) {
        List<LocatedIdentifier> ids = new ArrayList<>();
        MxNode bicfi = first(institution, "BICFI");
        MxNode bic = bicfi != null ? bicfi : first(institution, "BIC");
        bic(bic, path + "/" + (bic == null ? "" : bic.getLocalName()), ids);
        MxNode address = first(institution, "PstlAdr");
        return new MessageField(path, FieldKind.AGENT, role, value(institution, "Nm"), List.of(), path + "/Nm",
                addressOf(address), Optional.ofNullable(value(address, "Ctry")).orElse(""), ids);
    }

    private static void bic(MxNode node, String path, List<LocatedIdentifier> ids) {
        if (node == null) {
            return;
        }
        BankIdentifierCodes.parse(node.getValue()).ifPresent(bic -> BankIdentifierCodes.lookupsOf(bic)
                .forEach(id -> ids.add(new LocatedIdentifier(id, path))));
    }

    private static String addressOf(MxNode address) {
        if (address == null) {
            return "";
        }
        return address.getChildren().stream().filter(c -> !c.getLocalName().equals("AdrTp"))
                .map(MxNode::getValue).filter(v -> v != null && !v.isBlank()).map(String::strip)
                .collect(Collectors.joining(", "));
    }

    private static String referenceOf(MxNode message, MxNode transaction) {
        MxNode msgId = message.findFirst("./GrpHdr/MsgId");
        if (msgId != null && msgId.getValue() != null) {
            return msgId.getValue().strip();
        }
        MxNode uetr = transaction.findFirst("./PmtId/UETR");
        return uetr == null ? null : uetr.getValue();
    }

    private static String amountOf(MxNode transaction) {
        MxNode amount = first(transaction, "IntrBkSttlmAmt");
        if (amount == null || amount.getValue() == null) {
            return "";
        }
        String currency = amount.getAttribute("Ccy");
        return (currency == null ? "" : currency + " ") + amount.getValue().strip();
    }

    private static Optional<String> text(MxNode node) {
        String value = node.getValue();
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static String value(MxNode node, String child) {
        MxNode found = node == null ? null : first(node, child);
        return found == null || found.getValue() == null || found.getValue().isBlank() ? null
                : found.getValue().strip();
    }

    private static MxNode first(MxNode node, String name) {
        return node.getChildren().stream().filter(c -> name.equals(c.getLocalName())).findFirst().orElse(null);
    }

    private static List<MxNode> children(MxNode node, String name) {
        return node.getChildren().stream().filter(c -> name.equals(c.getLocalName())).toList();
    }

    /** Errors are thrown, not printed: the caller names the position. */
    private static final class Strict implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // a warning does not make the message unreadable
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
