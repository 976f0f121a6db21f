package io.interdict.screening.infrastructure.lists;

import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.entry.Address;
import io.interdict.screening.domain.model.entry.BirthDate;
import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.EntryName;
import io.interdict.screening.domain.model.entry.Identifier;
import io.interdict.screening.domain.model.entry.IdentifierType;
import io.interdict.screening.domain.model.entry.ListEntry;
import io.interdict.screening.domain.model.entry.NameStrength;
import io.interdict.screening.domain.model.list.ListFormatException;
import io.interdict.screening.domain.model.list.ListVersion;
import io.interdict.screening.domain.model.list.SanctionsList;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the UN Security Council Consolidated List ({@code consolidated.xml}, root {@code CONSOLIDATED_LIST}). The
 * entry id is the {@code REFERENCE_NUMBER} ({@code KPi.001}), the one id the UN, OFSI and the press quote. The UN
 * file has no vessel records: the IMO numbers it carries are shipping companies' numbers in {@code COMMENTS1}.
 */
public final class UnConsolidatedXmlReader extends SingleFileListFormat {

    private static final Pattern IMO_NUMBER =
            Pattern.compile("\\bIMO\\)?(?:\\s*(?:company\\s+)?number)?\\s*:?\\s*(\\d{7})\\b", Pattern.CASE_INSENSITIVE);

    public UnConsolidatedXmlReader() {
        super("a UN consolidated list", ".xml");
    }

    @Override
    public ListSource source() {
        return ListSource.UN_SC;
    }

    @Override
    public SanctionsList read(Path location) {
        Path file = file(location);
        List<ListEntry> entries = new ArrayList<>();
        LocalDate[] generated = new LocalDate[1];
        try (SecureXml xml = SecureXml.open(file)) {
            xml.walk(new SecureXml.Visitor() {
                @Override
                public void start(String name, int depth, javax.xml.stream.XMLStreamReader reader) {
                    if (depth == 0) {
                        generated[0] = rootDate(xml.file(), name, reader.getAttributeValue(null, "dateGenerated"));
                    }
                }

                @Override
                public boolean wantsRecord(String name, int depth) {
                    return depth == 2 && (name.equals("INDIVIDUAL") || name.equals("ENTITY"));
                }

                @Override
                public void record(XmlNode node) {
                    entries.add(entry(xml.file(), node));
                }
            });
        }
        ListVersion version = new ListVersion(ListSource.UN_SC, SingleFileVersion.label(location),
                Optional.ofNullable(generated[0]), ContentHash.of(List.of(file)), List.of(file.getFileName().toString()));
        return Lists.assemble(version, entries);
    }

    private static LocalDate rootDate(String file, String root, String dateGenerated) {
        if (!root.equals("CONSOLIDATED_LIST")) {
            throw new ListFormatException(file, root, "not a UN consolidated list: root element is " + root);
        }
        if (dateGenerated == null || dateGenerated.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(dateGenerated.strip()).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new ListFormatException(file, root + "/@dateGenerated", "bad date '" + dateGenerated + "'");
        }
    }

    private ListEntry entry(String file, XmlNode node) {
        boolean individual = node.name().equals("INDIVIDUAL");
        String id = required(file, node, "REFERENCE_NUMBER");
        ListEntry.Builder entry = ListEntry.builder(ListSource.UN_SC, id,
                individual ? EntityType.INDIVIDUAL : EntityType.ENTITY);
        entry.name(EntryName.primary(primaryName(file, node, individual)));
        if (!node.text("NAME_ORIGINAL_SCRIPT").isEmpty()) {
            entry.name(EntryName.strong(node.text("NAME_ORIGINAL_SCRIPT"), "original script"));
        }
        entry.programme(node.text("UN_LIST_TYPE"));
        node.all(individual ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS").forEach(a -> alias(file, a, entry));
        node.all(individual ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS").forEach(a -> entry.address(address(a)));
        node.all("INDIVIDUAL_DATE_OF_BIRTH").forEach(d -> birthDate(file, d).ifPresent(entry::birthDate));
        node.all("INDIVIDUAL_PLACE_OF_BIRTH").forEach(p ->
                entry.birthPlace(joined(p.text("CITY"), p.text("STATE_PROVINCE"), p.text("COUNTRY"))));
        node.all("NATIONALITY").forEach(n -> n.texts("VALUE").forEach(v -> CountryNames.iso2(v).ifPresent(entry::nationality)));
        node.all("INDIVIDUAL_DOCUMENT").forEach(d -> document(d).ifPresent(entry::identifier));
        String comments = node.text("COMMENTS1");
        entry.remarks(comments);
        Matcher imo = IMO_NUMBER.matcher(comments);
        while (imo.find()) {
            entry.identifier(Identifier.of(IdentifierType.IMO_COMPANY, imo.group(1)));
        }
        return entry.build();
    }

    private static String primaryName(String file, XmlNode node, boolean individual) {
        String name = individual
                ? spaced(node.text("FIRST_NAME"), node.text("SECOND_NAME"), node.text("THIRD_NAME"), node.text("FOURTH_NAME"))
                : node.text("FIRST_NAME");
        if (name.isEmpty()) {
            throw new ListFormatException(file, node.path() + "/FIRST_NAME", "entry has no name");
        }
        return name;
    }

    /** QUALITY {@code Low} marks a weak alias; {@code Good}, {@code a.k.a.}, {@code f.k.a.} and none are strong. */
    private static void alias(String file, XmlNode alias, ListEntry.Builder entry) {
        String name = alias.text("ALIAS_NAME");
        if (name.isEmpty()) {
            return; // the UN writes an empty alias element for entries without aliases
        }
        String quality = alias.text("QUALITY");
        String kind = quality.toLowerCase(Locale.ROOT).equals("f.k.a.") ? "f.k.a." : "a.k.a.";
        NameStrength strength = quality.equalsIgnoreCase("Low") ? NameStrength.WEAK : NameStrength.STRONG;
        entry.name(new EntryName(name, strength, kind));
        String dob = alias.text("DATE_OF_BIRTH");
        if (!dob.isEmpty()) {
            entry.birthDate(isoDate(file, alias.path() + "/DATE_OF_BIRTH", dob));
        }
        entry.birthPlace(joined(alias.text("CITY_OF_BIRTH"), alias.text("COUNTRY_OF_BIRTH")));
    }

    private static Address address(XmlNode node) {
        String country = node.text("COUNTRY");
        return new Address(node.text("STREET"), joined(node.text("CITY"), node.text("STATE_PROVINCE"), node.text("ZIP_CODE")),
                country, CountryNames.iso2OrEmpty(country));
    }

    private static Optional<BirthDate> birthDate(String file, XmlNode node) {
        String type = node.text("TYPE_OF_DATE").toUpperCase(Locale.ROOT);
        String date = node.text("DATE");
        String year = node.text("YEAR");
        try {
            if (type.equals("BETWEEN")) {
                return Optional.of(BirthDate.ofYears(year(node, "FROM_YEAR"), year(node, "TO_YEAR")));
            }
            if (date.isEmpty() && year.isEmpty()) {
                return Optional.empty();
            }
            BirthDate exact = date.isEmpty() ? BirthDate.ofYear(year(node, "YEAR")) : isoDate(file, node.path() + "/DATE", date);
            return Optional.of(type.equals("APPROXIMATELY")
                    ? BirthDate.ofYears(exact.fromYear() - OfacDates.CIRCA_YEARS, exact.toYear() + OfacDates.CIRCA_YEARS)
                    : exact);
        } catch (IllegalArgumentException e) {
            throw new ListFormatException(file, node.path(), "bad date of birth: " + e.getMessage());
        }
    }

    private static int year(XmlNode node, String child) {
        String text = node.text(child);
        if (!text.matches("\\d{4}")) {
            throw new IllegalArgumentException(child + " '" + text + "' is not a year");
        }
        return Integer.parseInt(text);
    }

    /** {@code YYYY-MM-DD} (a bare {@code YYYY} also occurs in alias dates of birth). */
    private static BirthDate isoDate(String file, String path, String text) {
        try {
            if (text.matches("\\d{4}")) {
                return BirthDate.ofYear(Integer.parseInt(text));
            }
            LocalDate day = LocalDate.parse(text);
            return BirthDate.ofDay(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new ListFormatException(file, path, "bad date '" + text + "'");
        }
    }

    private static Optional<Identifier> document(XmlNode node) {
        String number = node.text("NUMBER");
        if (number.isEmpty()) {
            return Optional.empty();
        }
        String label = node.text("TYPE_OF_DOCUMENT");
        String lower = label.toLowerCase(Locale.ROOT);
        IdentifierType type = lower.contains("pas") ? IdentifierType.PASSPORT
                : lower.contains("national identification") ? IdentifierType.NATIONAL_ID : IdentifierType.OTHER;
        String country = node.text("ISSUING_COUNTRY").isEmpty() ? node.text("COUNTRY_OF_ISSUE") : node.text("ISSUING_COUNTRY");
        return Optional.of(new Identifier(type, number, label, country));
    }

    private static String required(String file, XmlNode node, String child) {
        String value = node.text(child);
        if (value.isEmpty()) {
            throw new ListFormatException(file, node.path() + "/" + child, "missing " + child);
        }
        return value;
    }

    private static String joined(String... parts) {
        return Stream.of(parts).filter(p -> !p.isBlank()).collect(Collectors.joining(", "));
    }

    private static String spaced(String... parts) {
        return Stream.of(parts).filter(p -> !p.isBlank()).collect(Collectors.joining(" "));
    }
}
