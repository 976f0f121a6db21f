package io.interdict.screening.infrastructure.lists;

import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.entry.Address;
import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.EntryName;
import io.interdict.screening.domain.model.entry.ListEntry;
import io.interdict.screening.domain.model.entry.NameStrength;
import io.interdict.screening.domain.model.list.ListFormatException;
import io.interdict.screening.domain.model.list.ListVersion;
import io.interdict.screening.domain.model.list.SanctionsList;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads OFAC's classic XML ({@code sdnList}: {@code SDN.XML}, {@code CONSOLIDATED.XML}), namespaced or not. Unlike
 * the CSV set it states strong and weak aliases, dates of birth and identifiers in their own elements, so the
 * remarks are kept as text only. {@code Record_Count} is checked against the entries read: a file cut at an entry
 * boundary would otherwise pass as well-formed XML.
 */
public final class OfacXmlReader extends SingleFileListFormat {

    private static final DateTimeFormatter PUBLISH_DATE =
            DateTimeFormatter.ofPattern("MM/dd/uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private final ListSource source;

    public OfacXmlReader(ListSource source) {
        super("an OFAC XML list", ".xml");
        this.source = source;
    }

    @Override
    public ListSource source() {
        return source;
    }

    @Override
    public SanctionsList read(Path location) {
        Path file = file(location);
        List<ListEntry> entries = new ArrayList<>();
        XmlNode[] publication = new XmlNode[1];
        try (SecureXml xml = SecureXml.open(file)) {
            xml.walk(new SecureXml.Visitor() {
                @Override
                public void start(String name, int depth, javax.xml.stream.XMLStreamReader reader) {
                    if (depth == 0 && !name.equals("sdnList")) {
                        throw new ListFormatException(xml.file(), name, "not an OFAC XML list: root element is " + name);
                    }
                }

                @Override
                public boolean wantsRecord(String name, int depth) {
                    return depth == 1 && (name.equals("sdnEntry") || name.equals("publshInformation"));
                }

                @Override
                public void record(XmlNode node) {
                    if (node.name().equals("publshInformation")) {
                        publication[0] = node;
                    } else {
                        entries.add(entry(xml.file(), node));
                    }
                }
            });
        }
        String name = file.getFileName().toString();
        Optional<LocalDate> published = publication(name, publication[0], entries.size());
        String label = SingleFileVersion.label(location);
        return Lists.assemble(new ListVersion(source, label, published, ContentHash.of(List.of(file)), List.of(name)), entries);
    }

    private static Optional<LocalDate> publication(String file, XmlNode info, int entries) {
        if (info == null) {
            return Optional.empty();
        }
        String count = info.text("Record_Count");
        if (!count.isEmpty() && !count.equals(Integer.toString(entries))) {
            throw new ListFormatException(file, info.path() + "/Record_Count",
                    "the file says it holds " + count + " entries but " + entries + " were read: it is incomplete");
        }
        String date = info.text("Publish_Date");
        try {
            return date.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(date, PUBLISH_DATE));
        } catch (DateTimeParseException e) {
            throw new ListFormatException(file, info.path() + "/Publish_Date", "bad date '" + date + "', expected MM/DD/YYYY");
        }
    }

    private ListEntry entry(String file, XmlNode node) {
        String uid = node.text("uid");
        if (!uid.matches("\\d+")) {
            throw new ListFormatException(file, node.path() + "/uid", "uid '" + uid + "' is not a number");
        }
        EntityType type = EntityType.parse(node.text("sdnType")).orElseThrow(() ->
                new ListFormatException(file, node.path() + "/sdnType", "unknown sdnType '" + node.text("sdnType") + "'"));
        String name = name(node);
        if (name.isEmpty()) {
            throw new ListFormatException(file, node.path() + "/lastName", "entry " + uid + " has no name");
        }
        ListEntry.Builder entry = ListEntry.builder(source, uid, type).name(EntryName.primary(name));
        children(node, "programList", "program").forEach(p -> entry.programme(p.text()));
        children(node, "akaList", "aka").forEach(a -> alias(a).ifPresent(entry::name));
        children(node, "addressList", "address").forEach(a -> entry.address(address(a)));
        children(node, "dateOfBirthList", "dateOfBirthItem").forEach(d -> birthDate(file, d, entry));
        children(node, "placeOfBirthList", "placeOfBirthItem").forEach(p -> entry.birthPlace(p.text("placeOfBirth")));
        children(node, "nationalityList", "nationality").forEach(n -> CountryNames.iso2(n.text("country")).ifPresent(entry::nationality));
        children(node, "citizenshipList", "citizenship").forEach(n -> CountryNames.iso2(n.text("country")).ifPresent(entry::nationality));
        children(node, "idList", "id").forEach(i ->
                OfacIdTypes.identifier(i.text("idType"), i.text("idNumber"), i.text("idCountry")).ifPresent(entry::identifier));
        node.child("vesselInfo").ifPresent(v -> {
            OfacIdTypes.identifier("Vessel Call Sign", v.text("callSign"), "").ifPresent(entry::identifier);
            CountryNames.iso2(v.text("vesselFlag")).ifPresent(entry::nationality);
            entry.linkedTo(v.text("vesselOwner"));
        });
        entry.remarks(node.text("remarks"));
        return entry.build();
    }

    /** Individuals as the CSV writes them ({@code LAST, First}); others have the whole name in lastName. */
    private static String name(XmlNode node) {
        return Stream.of(node.text("lastName"), node.text("firstName")).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(", "));
    }

    private static Optional<EntryName> alias(XmlNode aka) {
        String text = name(aka);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        NameStrength strength = aka.text("category").equalsIgnoreCase("weak") ? NameStrength.WEAK : NameStrength.STRONG;
        return Optional.of(new EntryName(text, strength, aka.text("type")));
    }

    private static Address address(XmlNode node) {
        String street = Stream.of("address1", "address2", "address3").map(node::text).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(", "));
        String city = Stream.of("city", "stateOrProvince", "postalCode").map(node::text).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(", "));
        String country = node.text("country");
        return new Address(street, city, country, CountryNames.iso2OrEmpty(country));
    }

    private static void birthDate(String file, XmlNode item, ListEntry.Builder entry) {
        String text = item.text("dateOfBirth");
        if (text.isEmpty()) {
            return;
        }
        try {
            entry.birthDate(OfacDates.birthDate(text));
        } catch (IllegalArgumentException e) {
            throw new ListFormatException(file, item.path() + "/dateOfBirth", e.getMessage());
        }
    }

    private static List<XmlNode> children(XmlNode node, String list, String item) {
        return node.child(list).map(l -> l.all(item)).orElse(List.of());
    }
}
