package io.interdict.screening.infrastructure.lists;

import io.interdict.screening.domain.model.entry.Identifier;
import io.interdict.screening.domain.model.entry.IdentifierType;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OFAC's identifier labels ({@code idType} in the XML, the type half of the CSL's {@code number, type}) and what
 * they are in the canonical model. OFAC also files facts that are no identifiers under {@code idType}
 * ({@code Secondary sanctions risk:}, {@code Gender}, listing dates, directive texts): those are left out.
 */
final class OfacIdTypes {

    private static final Pattern WALLET = Pattern.compile("Digital Currency Address - ?(\\S*)");
    private static final Pattern IMO_DIGITS = Pattern.compile("(?:IMO\\s*)?(\\d{6,7})");
    private static final Pattern NUMBER_LIKE = Pattern.compile(".*\\b(Number|No\\.|ID|Code|Card|#)\\b.*");
    private static final Pattern NOT_AN_ID = Pattern.compile(
            ".*(Date|Sanctions|Directive|Gender|Target Type|Organization|Nationality of Registration|Issuer Name"
                    + "|Equity Ticker|Prohibited|CAATSA|Information).*");

    private static final Map<String, IdentifierType> TYPES = Map.ofEntries(
            Map.entry("Passport", IdentifierType.PASSPORT),
            Map.entry("Diplomatic Passport", IdentifierType.PASSPORT),
            Map.entry("National ID No.", IdentifierType.NATIONAL_ID),
            Map.entry("Identification Number", IdentifierType.NATIONAL_ID),
            Map.entry("Cedula No.", IdentifierType.NATIONAL_ID),
            Map.entry("D.N.I.", IdentifierType.NATIONAL_ID),
            Map.entry("C.U.R.P.", IdentifierType.NATIONAL_ID),
            Map.entry("Personal ID Card", IdentifierType.NATIONAL_ID),
            Map.entry("SSN", IdentifierType.NATIONAL_ID),
            Map.entry("Tax ID No.", IdentifierType.TAX_ID),
            Map.entry("R.F.C.", IdentifierType.TAX_ID),
            Map.entry("RFC", IdentifierType.TAX_ID),
            Map.entry("NIT #", IdentifierType.TAX_ID),
            Map.entry("RUC #", IdentifierType.TAX_ID),
            Map.entry("V.A.T. Number", IdentifierType.TAX_ID),
            Map.entry("SWIFT/BIC", IdentifierType.BIC),
            Map.entry("Website", IdentifierType.WEBSITE),
            Map.entry("Email Address", IdentifierType.EMAIL),
            Map.entry("Phone Number", IdentifierType.PHONE),
            Map.entry("Vessel Registration Identification", IdentifierType.IMO),
            Map.entry("MMSI", IdentifierType.MMSI),
            Map.entry("Other Vessel Call Sign", IdentifierType.CALL_SIGN),
            Map.entry("Vessel Call Sign", IdentifierType.CALL_SIGN),
            Map.entry("Aircraft Manufacturer's Serial Number (MSN)", IdentifierType.AIRCRAFT_SERIAL),
            Map.entry("Aircraft Construction Number (also called L/N or S/N or F/N)", IdentifierType.AIRCRAFT_SERIAL));

    private OfacIdTypes() {
    }

    /** The identifier OFAC files under {@code label}, or empty when the label names no identifier. */
    static Optional<Identifier> identifier(String label, String number, String country) {
        String type = label.strip();
        String value = number.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Matcher wallet = WALLET.matcher(type);
        if (wallet.matches()) {
            return Optional.of(new Identifier(IdentifierType.DIGITAL_CURRENCY_ADDRESS, value, wallet.group(1), ""));
        }
        IdentifierType known = TYPES.get(type);
        Matcher imo = IMO_DIGITS.matcher(value);
        if (known == IdentifierType.IMO || known == IdentifierType.MMSI) {
            return Optional.of(Identifier.of(known, imo.matches() ? imo.group(1) : value));
        }
        if (value.startsWith("IMO") && imo.matches()) {
            // "Company Number" / "Identification Number" IMO 1234567: a shipping company's IMO number
            return Optional.of(Identifier.of(IdentifierType.IMO_COMPANY, imo.group(1)));
        }
        if (known != null) {
            return Optional.of(new Identifier(known, value, type, country));
        }
        if (NOT_AN_ID.matcher(type).matches() || !NUMBER_LIKE.matcher(type).matches()) {
            return Optional.empty();
        }
        IdentifierType other = type.contains("Registration") || type.contains("Company Number")
                || type.contains("Social Credit") || type.contains("Legal Entity") || type.contains("Gazette")
                ? IdentifierType.REGISTRATION_NUMBER : IdentifierType.OTHER;
        return Optional.of(new Identifier(other, value, type, country));
    }
}
