package io.interdict.casework.domain.model.payment;

import io.interdict.screening.domain.model.entry.Identifier;
import java.util.List;
import java.util.Objects;

/**
 * One field of a payment message that can name a sanctioned person, as the message writes it.
 *
 * @param path        where it is in the message: {@code CdtTrfTxInf/Dbtr} for ISO 20022 (its parts add {@code /Nm},
 *                    {@code /FinInstnId/BICFI}), {@code :50K:} or {@code {1:}} for MT
 * @param kind        party, agent or free text
 * @param role        its role in the payment, as a person says it ({@code debtor}, {@code creditor agent},
 *                    {@code remittance information})
 * @param name        the name, or for free text the whole text; empty when only identifiers are given
 * @param readings    the other ways the name can be read: an MT name of more than 35 characters runs on into the
 *                    next line, so the first line alone and the two together are screened; usually none
 * @param namePath    where the name is: {@code CdtTrfTxInf/Dbtr/Nm}, {@code :50K:}
 * @param address     the address lines, joined; empty when none
 * @param country     ISO 3166 alpha-2, when the message gives one; else empty
 * @param identifiers BIC, LEI and other identifiers, each with where it is ({@link LocatedIdentifier})
 */
public record MessageField(String path, FieldKind kind, String role, String name, List<String> readings,
                           String namePath, String address, String country, List<LocatedIdentifier> identifiers) {

    public MessageField {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name.strip();
        readings = List.copyOf(readings);
        namePath = namePath == null ? path : namePath;
        address = address == null ? "" : address.strip();
        country = country == null ? "" : country.strip();
        identifiers = List.copyOf(identifiers);
    }

    /** A free-text field: its text is screened for names anywhere in it. */
    public static MessageField freeText(String path, String role, String text) {
        return new MessageField(path, FieldKind.FREE_TEXT, role, text, List.of(), path, "", "", List.of());
    }

    /** The name and its other readings, each once. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), readings.stream())
                .filter(n -> !n.isBlank()).distinct().toList();
    }

    /** Whether it carries anything to screen. */
    public boolean isEmpty() {
        return name.isEmpty() && identifiers.isEmpty();
    }

    /**
     * An identifier of a field and where the message gives it.
     *
     * @param identifier the identifier ({@code BIC:KOMIKPPY})
     * @param path       its place: {@code CdtTrfTxInf/CdtrAgt/FinInstnId/BICFI}, {@code :57A:}
     */
    public record LocatedIdentifier(Identifier identifier, String path) {
    }
}
