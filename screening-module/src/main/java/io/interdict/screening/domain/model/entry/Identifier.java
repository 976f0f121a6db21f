package io.interdict.screening.domain.model.entry;

import java.util.Locale;
import java.util.Objects;

/**
 * An identifying number of a listed party.
 *
 * @param type      what kind of number
 * @param value     the number as the list writes it
 * @param qualifier the ticker of a digital currency address, or the list's own label for {@link IdentifierType#OTHER};
 *                  empty when none
 * @param country   issuing country as the list names it, or empty
 */
public record Identifier(IdentifierType type, String value, String qualifier, String country) {

    public Identifier {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        value = value.strip();
        qualifier = qualifier == null ? "" : qualifier.strip();
        country = country == null ? "" : country.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("an identifier needs a value");
        }
    }

    public static Identifier of(IdentifierType type, String value) {
        return new Identifier(type, value, "", "");
    }

    /**
     * The form two identifiers are compared in: letters and digits only, upper case, and for IMO/MMSI without
     * the "IMO" prefix. Digital currency addresses keep their case: several chains (base58) are case-sensitive.
     */
    public String matchKey() {
        if (type == IdentifierType.DIGITAL_CURRENCY_ADDRESS) {
            return value.replaceAll("\\s+", "");
        }
        String key = value.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if ((type == IdentifierType.IMO || type == IdentifierType.IMO_COMPANY) && key.startsWith("IMO")) {
            key = key.substring(3);
        }
        return key;
    }
}
