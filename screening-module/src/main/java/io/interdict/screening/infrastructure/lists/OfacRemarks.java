package io.interdict.screening.infrastructure.lists;

import io.interdict.screening.domain.model.entry.EntryName;
import io.interdict.screening.domain.model.entry.Identifier;
import io.interdict.screening.domain.model.entry.IdentifierType;
import io.interdict.screening.domain.model.entry.ListEntry;
import io.interdict.screening.domain.model.entry.NameStrength;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the structured facts out of the Remarks column of OFAC's legacy CSV files. The CSV set has no columns for
 * dates of birth, nationalities, identifiers or weak aliases: OFAC writes them into Remarks as clauses separated by
 * {@code "; "} ({@code DOB 20 Apr 1967; nationality Korea, North; Passport 654210025 (Korea, North); a.k.a. 'KOMID'.}),
 * a clause prefixed {@code alt. } being a further value of the same kind. Clauses this class does not know stay
 * only in the entry's remarks text. The remarks must already include their {@code sdn_comments.csv} overflow, or
 * clauses cut at the 1,000-character limit would be lost or misread.
 */
public final class OfacRemarks {

    private static final String ID_TAIL = "(?<value>.+?)(?: \\((?<country>[^()]+)\\))?(?: (?:issued|expires) .*)?";
    private static final Pattern ALT = Pattern.compile("^alt\\. ", Pattern.CASE_INSENSITIVE);

    /** One kind of clause: its pattern (anchored at the clause start) and what it adds to the entry. */
    private record Rule(Pattern pattern, BiConsumer<Matcher, ListEntry.Builder> action) {
    }

    private static final List<Rule> RULES = List.of(
        rule("DOB (?<date>.+)", (m, b) -> b.birthDate(OfacDates.birthDate(m.group("date")))),
        rule("POB (?<place>.+)", (m, b) -> b.birthPlace(m.group("place"))),
        rule("(?:nationality|citizen) (?:possibly |Region: )?(?<country>.+)", (m, b) -> CountryNames.iso2(m.group("country"))
                .ifPresent(b::nationality)),
        rule("(?<kind>[afn]\\.k\\.a\\.) '(?<name>.+)'",
            (m, b) -> b.name(new EntryName(m.group("name"), NameStrength.WEAK, m.group("kind")))),
        rule("Linked To: (?<name>.+)", (m, b) -> b.linkedTo(m.group("name"))),
        // an address is at least 20 characters: anything shorter is a clause cut at the remarks limit
        rule("Digital Currency Address - (?:(?<ticker>[A-Z0-9]{2,6}) )?(?<value>\\S{20,})", (m, b) -> b.identifier(
            new Identifier(IdentifierType.DIGITAL_CURRENCY_ADDRESS, m.group("value"), m.group("ticker"), ""))),
        // a few vessels carry their registry country after the number: "IMO 9256860 (Russia)"
        rule("Vessel Registration Identification IMO\\s+(?<value>\\d{7})(?: \\((?<country>[^()]+)\\))?",
            digits(IdentifierType.IMO)),
        rule("MMSI (?<value>\\d{9})", digits(IdentifierType.MMSI)),
        rule("(?:Company Number|Identification Number) IMO (?<value>\\d{6,7})", digits(IdentifierType.IMO_COMPANY)),
        rule("SWIFT/BIC (?<value>\\S+)", (m, b) -> b.identifier(Identifier.of(IdentifierType.BIC, m.group("value")))),
        rule("Website (?<value>\\S+)", (m, b) -> b.identifier(Identifier.of(IdentifierType.WEBSITE, m.group("value")))),
        rule("Email(?: Address ?|:) ?(?<value>\\S+)",
            (m, b) -> b.identifier(Identifier.of(IdentifierType.EMAIL, m.group("value")))),
        rule("(?:Phone|Telephone) (?:Number|No\\.) (?<value>.+)",
            (m, b) -> b.identifier(Identifier.of(IdentifierType.PHONE, m.group("value")))),
        rule("(?<label>(?:Diplomatic )?Passport) " + ID_TAIL, document(IdentifierType.PASSPORT)),
        rule("(?<label>National ID No\\.|Identification Number|Cedula No\\.|D\\.N\\.I\\.|C\\.U\\.R\\.P\\."
                + "|Personal ID Card|NIE|National Foreign ID Number|Residency Number|SSN) " + ID_TAIL,
            document(IdentifierType.NATIONAL_ID)),
        rule("(?<label>Tax ID No\\.|R\\.F\\.C\\.|RFC|NIT #|RUC #|RIF #|V\\.A\\.T\\. Number|Italian Fiscal Code"
                + "|Fiscal Code|Tax Identification Number) " + ID_TAIL, document(IdentifierType.TAX_ID)),
        rule("(?<label>Registration Number|Registration ID|Company Number|UK Company Number"
                + "|Business Registration Document #|Business Registration Number|Commercial Registry Number"
                + "|Unified Social Credit Code \\(USCC\\)|Legal Entity Number|Trade License No\\."
                + "|Chamber of Commerce Number|Government Gazette Number|Enterprise Number|Folio Mercantil No\\."
                + "|Matricula Mercantil No|Central Registration System Number|C\\.R\\. No\\.) " + ID_TAIL,
            document(IdentifierType.REGISTRATION_NUMBER)),
        rule("(?<label>Aircraft (?:Construction Number \\(also called L/N or S/N or F/N\\)"
                + "|Manufacturer's Serial Number \\(MSN\\))) (?<value>.+)",
            (m, b) -> b.identifier(new Identifier(IdentifierType.AIRCRAFT_SERIAL, m.group("value"), m.group("label"), ""))),
        rule("(?:Other )?Vessel Call Sign (?<value>\\S+)",
            (m, b) -> b.identifier(Identifier.of(IdentifierType.CALL_SIGN, m.group("value")))));

    private OfacRemarks() {
    }

    /**
     * Adds what the remarks say to the entry being built.
     *
     * @throws IllegalArgumentException naming the clause when a clause this class reads is malformed (a date of
     *                                  birth that is no date)
     */
    public static void readInto(String remarks, ListEntry.Builder entry) {
        for (String clause : clauses(remarks)) {
            try {
                read(clause, entry);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("remarks clause '" + clause + "': " + e.getMessage(), e);
            }
        }
    }

    /** OFAC's Remarks column holds at most this many characters; the rest goes to the comments file. */
    static final int COLUMN_LIMIT = 1000;

    /**
     * A Remarks cell filled to the column limit whose continuation is missing (no comments row for it) ends in a
     * clause cut mid-way, such as {@code alt. Digital Currency Address - XBT 1Gq}: read as it stands it would give a
     * wrong wallet, passport or alias. This drops that last clause; the full text stays in the entry's remarks.
     */
    public static String withoutCutClause(String cell) {
        if (cell.length() < COLUMN_LIMIT) {
            return cell;
        }
        int lastClause = cell.lastIndexOf(';');
        return lastClause < 0 ? "" : cell.substring(0, lastClause);
    }

    /** The clauses of a remarks text, without {@code alt. } prefixes and the final full stop. */
    static List<String> clauses(String remarks) {
        String text = remarks == null ? "" : remarks.strip();
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        List<String> clauses = new ArrayList<>();
        for (String clause : text.split(";\\s*")) {
            String plain = ALT.matcher(clause.strip()).replaceFirst("");
            if (!plain.isEmpty()) {
                clauses.add(plain);
            }
        }
        return clauses;
    }

    private static void read(String clause, ListEntry.Builder entry) {
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(clause);
            if (m.matches()) {
                rule.action().accept(m, entry);
                return;
            }
        }
    }

    private static Rule rule(String regex, BiConsumer<Matcher, ListEntry.Builder> action) {
        return new Rule(Pattern.compile(regex), action);
    }

    private static BiConsumer<Matcher, ListEntry.Builder> digits(IdentifierType type) {
        return (m, b) -> b.identifier(Identifier.of(type, m.group("value")));
    }

    /** An identity document: the number, the issuing country in brackets, and the list's label kept as qualifier. */
    private static BiConsumer<Matcher, ListEntry.Builder> document(IdentifierType type) {
        return (m, b) -> b.identifier(new Identifier(type, m.group("value"), m.group("label"),
                m.group("country") == null ? "" : m.group("country")));
    }
}
