package io.interdict.casework.domain.model.payment;

import io.interdict.screening.domain.model.entry.Identifier;
import io.interdict.screening.domain.model.entry.IdentifierType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a BIC in a message is compared with the lists' BICs. A BIC of eleven characters is a branch of the
 * institution whose eight-character BIC it starts with ({@code XXX} is its head office), and lists write either
 * form; so a message's BIC is looked up as given, as its institution's eight characters and as the head office.
 */
public final class BankIdentifierCodes {

    /** Bank, country, location, optional branch (ISO 9362). */
    private static final Pattern BIC = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");

    private BankIdentifierCodes() {
    }

    /** The BIC as written in a message, upper case without spaces, if it has the form of one. */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String bic = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return BIC.matcher(bic).matches() ? Optional.of(bic) : Optional.empty();
    }

    /** The identifiers to look the BIC up by: as given, its institution's eight characters, its head office. */
    public static List<Identifier> lookupsOf(String bic) {
        String institution = bic.substring(0, 8);
        Set<String> forms = new LinkedHashSet<>(List.of(bic, institution, institution + "XXX"));
        return forms.stream().map(form -> Identifier.of(IdentifierType.BIC, form)).toList();
    }
}
