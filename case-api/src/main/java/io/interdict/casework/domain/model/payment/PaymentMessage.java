package io.interdict.casework.domain.model.payment;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A payment message as read for screening: its type and exact version, its reference, its amount, every field that
 * can name a sanctioned person, and the message itself as received.
 *
 * @param type      pacs.008, pacs.009, MT103 or MT202
 * @param version   the exact message identifier ({@code pacs.008.001.08}, {@code MT202COV})
 * @param reference the sender's reference: the message id or UETR of ISO 20022, field 20 of MT
 * @param amount    the settlement amount with its currency ({@code USD 1000.00}); empty when not given
 * @param fields    the fields that can name a sanctioned person, in message order
 * @param original  the message as received, byte for byte in UTF-8
 */
public record PaymentMessage(PaymentMessageType type, String version, String reference, String amount,
                             List<MessageField> fields, String original) {

    public PaymentMessage {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(original, "original");
        version = version == null || version.isBlank() ? type.label() : version;
        reference = reference == null ? "" : reference.strip();
        amount = amount == null ? "" : amount.strip();
        fields = List.copyOf(fields);
    }

    public byte[] originalBytes() {
        return original.getBytes(StandardCharsets.UTF_8);
    }

    /** The file name the original is kept under with its case: {@code pacs.008.001.08-REF123.xml}. */
    public String fileName() {
        String ref = reference.replaceAll("[^A-Za-z0-9._-]+", "_");
        return version + (ref.isEmpty() ? "" : "-" + ref) + "." + type.fileExtension();
    }
}
