package io.interdict.casework.infrastructure.payments;

import com.prowidesoftware.swift.io.parser.SwiftParser;
import com.prowidesoftware.swift.model.BIC;
import com.prowidesoftware.swift.model.SwiftMessage;
import com.prowidesoftware.swift.model.Tag;
import com.prowidesoftware.swift.model.field.BICContainer;
import com.prowidesoftware.swift.model.field.Field;
import com.prowidesoftware.swift.model.field.Field32A;
import com.prowidesoftware.swift.model.field.Field50F;
import com.prowidesoftware.swift.model.field.Field59;
import com.prowidesoftware.swift.model.field.Field59F;
import com.prowidesoftware.swift.model.field.MultiLineField;
import com.prowidesoftware.swift.model.field.OptionDPartyField;
import com.prowidesoftware.swift.model.field.OptionKPartyField;
import io.interdict.casework.domain.model.payment.BankIdentifierCodes;
import io.interdict.casework.domain.model.payment.FieldKind;
import io.interdict.casework.domain.model.payment.MalformedPaymentMessage;
import io.interdict.casework.domain.model.payment.MessageField;
import io.interdict.casework.domain.model.payment.MessageField.LocatedIdentifier;
import io.interdict.casework.domain.model.payment.PaymentMessage;
import io.interdict.casework.domain.model.payment.PaymentMessageRefused;
import io.interdict.casework.domain.model.payment.PaymentMessageType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a SWIFT MT103 or MT202 (MT202 COV included) with Prowide's parser and field model: the sender and receiver
 * of the headers, every party and institution field of block 4 and the free-text fields 70, 72 and 77B. Paths are
 * the tags ({@code :50K:}, {@code :57A:}); in the cover payment's sequence B they read {@code B/:50K:}, and the
 * headers' banks {@code {1:}} and {@code {2:}}.
 */
final class MtPaymentReader {

    private static final Map<String, String> PARTIES = Map.of("50", "ordering customer", "59", "beneficiary customer");
    private static final Map<String, String> INSTITUTIONS = Map.of("51", "sending institution",
            "52", "ordering institution", "53", "sender's correspondent", "54", "receiver's correspondent",
            "55", "third reimbursement institution", "56", "intermediary institution",
            "57", "account with institution", "58", "beneficiary institution");
    private static final Map<String, String> TEXTS = Map.of("70", "remittance information",
            "72", "sender to receiver information", "77B", "regulatory reporting");
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "103", List.of("20", "32A", "50", "59"), "202", List.of("20", "21", "32A", "58"));
    private static final Pattern BLOCK = Pattern.compile("block (\\d)");

    PaymentMessage read(String text) {
        SwiftMessage message = parse(text);
        String type = message.getType();
        if (!REQUIRED.containsKey(type)) {
            throw new PaymentMessageRefused("block 2", "MT" + type + " is not screened here: send an MT103 or an "
                    + "MT202");
        }
        List<Tag> tags = message.getBlock4().getTags();
        for (String required : REQUIRED.get(type)) {
            if (tags.stream().noneMatch(t -> t.getName().startsWith(required))) {
                throw new PaymentMessageRefused("block 4", "MT" + type + " without field " + required
                        + (required.length() == 2 && !required.equals("20") && !required.equals("21") ? "a" : ""));
            }
        }
        List<MessageField> fields = new ArrayList<>();
        bank("{1:}", "sender", message.getSender()).ifPresent(fields::add);
        bank("{2:}", "receiver", message.getReceiver()).ifPresent(fields::add);
        boolean sequenceB = false;
        for (Tag tag : tags) {
            sequenceB |= message.isCOV() && tag.getName().startsWith("50");
            field(tag, sequenceB ? "B/" : "").filter(f -> !f.isEmpty()).ifPresent(fields::add);
        }
        PaymentMessageType messageType = type.equals("103") ? PaymentMessageType.MT103 : PaymentMessageType.MT202;
        String version = "MT" + type + (message.isCOV() ? "COV" : "");
        return new PaymentMessage(messageType, version, value(tags, "20"), amountOf(tags), fields, text);
    }

    /** The message, or the parser's reason and the line and column of the block it stopped at. */
    private static SwiftMessage parse(String text) {
        SwiftParser parser = new SwiftParser(text);
        parser.getConfiguration().setLenient(false);
        SwiftMessage message;
        try {
            message = parser.message();
        } catch (IOException | RuntimeException e) {
            throw new MalformedPaymentMessage(positionOf(text, e.getMessage()), "not a readable SWIFT MT message: "
                    + e.getMessage());
        }
        if (message == null || message.getBlock2() == null || message.getBlock4() == null
                || message.getBlock4().isEmpty()) {
            throw new MalformedPaymentMessage("", "not a SWIFT MT message: blocks {1:}, {2:} and {4:} with its "
                    + "fields are required" + (parser.getErrors().isEmpty() ? "" : " (" + parser.getErrors() + ")"));
        }
        return message;
    }

    private static String positionOf(String text, String reason) {
        Matcher block = BLOCK.matcher(reason == null ? "" : reason);
        if (!block.find()) {
            return "";
        }
        int at = text.indexOf("{" + block.group(1) + ":");
        if (at < 0) {
            return "block " + block.group(1);
        }
        String before = text.substring(0, at);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = at - before.lastIndexOf('\n');
        return "block " + block.group(1) + " at line " + line + ", column " + column;
    }

    /** A header's logical terminal address is the BIC with a terminal letter after its eighth character. */
    private static Optional<MessageField> bank(String path, String role, String address) {
        String terminal = address != null && address.length() == 12 ? address.substring(0, 8) + address.substring(9)
                : address;
        return Optional.ofNullable(terminal).flatMap(BankIdentifierCodes::parse).map(bic -> new MessageField(path,
                FieldKind.AGENT, role, "", List.of(), path, "", "", located(bic, path)));
    }

    private static Optional<MessageField> field(Tag tag, String prefix) {
        String name = tag.getName();
        String number = name.length() > 2 && Character.isDigit(name.charAt(2)) ? name.substring(0, 3)
                : name.substring(0, 2);
        String path = prefix + ":" + name + ":";
        if (TEXTS.containsKey(name)) {
            Field field = tag.asField();
            String text = field instanceof MultiLineField lines ? String.join("\n", lines.getLines())
                    : tag.getValue();
            return Optional.of(MessageField.freeText(path, TEXTS.get(name), text));
        }
        boolean party = PARTIES.containsKey(number);
        if (!party && !INSTITUTIONS.containsKey(number)) {
            return Optional.empty();
        }
        String role = party ? PARTIES.get(number) : INSTITUTIONS.get(number);
        FieldKind kind = party ? FieldKind.PARTY : FieldKind.AGENT;
        return Optional.of(nameAndAddress(tag.asField(), path, kind, role));
    }

    /** Option A: a BIC; options K, D and 59: name and address lines; option F: numbered lines (1 name, 3 country). */
    private static MessageField nameAndAddress(Field field, String path, FieldKind kind, String role) {
        List<LocatedIdentifier> ids = field instanceof BICContainer container ? container.bics().stream()
                .map(BIC::getBic11).map(BankIdentifierCodes::parse).flatMap(Optional::stream)
                .flatMap(bic -> located(bic, path).stream()).toList() : List.of();
        List<String> lines = unstructuredLines(field);
        if (field instanceof Field50F || field instanceof Field59F) {
            return structured(field, path, kind, role, ids);
        }
        if (lines.isEmpty()) {
            return new MessageField(path, kind, role, "", List.of(), path, "", "", ids);
        }
        List<String> readings = lines.size() > 1 ? List.of(lines.get(0) + " " + lines.get(1)) : List.of();
        return new MessageField(path, kind, role, lines.get(0), readings, path,
                String.join(", ", lines.subList(1, lines.size())), "", ids);
    }

    private static List<String> unstructuredLines(Field field) {
        Stream<String> lines;
        if (field instanceof OptionKPartyField k) {
            lines = Stream.of(k.getNameAndAddressLine1(), k.getNameAndAddressLine2(), k.getNameAndAddressLine3(),
                    k.getNameAndAddressLine4());
        } else if (field instanceof OptionDPartyField d) {
            lines = Stream.of(d.getNameAndAddressLine1(), d.getNameAndAddressLine2(), d.getNameAndAddressLine3(),
                    d.getNameAndAddressLine4());
        } else if (field instanceof Field59 f) {
            lines = Stream.of(f.getNameAndAddressLine1(), f.getNameAndAddressLine2(), f.getNameAndAddressLine3(),
                    f.getNameAndAddressLine4());
        } else {
            lines = Stream.empty();
        }
        return lines.filter(Objects::nonNull).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Option F's numbered lines: 1 the name (continued on further 1/ lines), 2 the address, 3 country and town. */
    private static MessageField structured(Field field, String path, FieldKind kind, String role,
                                           List<LocatedIdentifier> ids) {
        List<String> numbers;
        List<String> texts;
        if (field instanceof Field50F f) {
            numbers = Arrays.asList(f.getNumber1(), f.getNumber2(), f.getNumber3(), f.getNumber4());
            texts = Arrays.asList(f.getNameAndAddress1(), f.getNameAndAddress2(), f.getNameAndAddress3(),
                    f.getNameAndAddress4());
        } else {
            Field59F f = (Field59F) field;
            numbers = Arrays.asList(f.getNumber1(), f.getNumber2(), f.getNumber3(), f.getNumber4());
            texts = Arrays.asList(f.getNameAndAddress1(), f.getNameAndAddress2(), f.getNameAndAddress3(),
                    f.getNameAndAddress4());
        }
        String name = lines(numbers, texts, "1", " ");
        String address = lines(numbers, texts, "2", ", ");
        String countryAndTown = lines(numbers, texts, "3", ", ");
        String country = countryAndTown.matches("[A-Z]{2}(/.*)?") ? countryAndTown.substring(0, 2) : "";
        return new MessageField(path, kind, role, name, List.of(), path,
                Stream.of(address, countryAndTown).filter(s -> !s.isEmpty()).collect(Collectors.joining(", ")),
                country, ids);
    }

    private static String lines(List<String> numbers, List<String> texts, String number, String separator) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            if (number.equals(numbers.get(i)) && texts.get(i) != null && !texts.get(i).isBlank()) {
                found.add(texts.get(i).strip());
            }
        }
        return String.join(separator, found);
    }

    private static List<LocatedIdentifier> located(String bic, String path) {
        return BankIdentifierCodes.lookupsOf(bic).stream().map(id -> new LocatedIdentifier(id, path)).toList();
    }

    private static String value(List<Tag> tags, String name) {
        return tags.stream().filter(t -> t.getName().equals(name)).map(Tag::getValue).findFirst().orElse("");
    }

    private static String amountOf(List<Tag> tags) {
        return tags.stream().filter(t -> t.getName().equals("32A")).findFirst().map(t -> new Field32A(t.getValue()))
                .map(f -> f.getCurrency() + " " + f.getAmount()).orElse("");
    }
}
