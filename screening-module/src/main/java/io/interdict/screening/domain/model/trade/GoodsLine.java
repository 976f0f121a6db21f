package io.interdict.screening.domain.model.trade;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of goods on an invoice or declaration.
 *
 * @param description the goods description as declared
 * @param hsCode      the declared Harmonized System code, digits only (any dots removed), or empty
 * @param value       the line value in {@code currency}
 * @param currency    ISO 4217 code
 * @param quantity    declared quantity, zero when not given
 * @param unit        unit of the quantity ({@code kg}, {@code pcs}...), or empty
 */
public record GoodsLine(String description, String hsCode, BigDecimal value, String currency, BigDecimal quantity,
                        String unit) {

    public GoodsLine {
        description = description == null ? "" : description.strip();
        hsCode = hsCode == null ? "" : hsCode.replaceAll("[^0-9]", "");
        Objects.requireNonNull(value, "value");
        currency = currency == null ? "" : currency.strip().toUpperCase(java.util.Locale.ROOT);
        quantity = quantity == null ? BigDecimal.ZERO : quantity;
        unit = unit == null ? "" : unit.strip();
        if (value.signum() < 0 || quantity.signum() < 0) {
            throw new IllegalArgumentException("goods value and quantity cannot be negative");
        }
    }

    public static GoodsLine of(String description, String hsCode, long value, String currency) {
        return new GoodsLine(description, hsCode, BigDecimal.valueOf(value), currency, BigDecimal.ZERO, "");
    }

    /** The HS chapter (first two digits), or empty when no code was declared. */
    public String hsChapter() {
        return hsCode.length() >= 2 ? hsCode.substring(0, 2) : "";
    }
}
