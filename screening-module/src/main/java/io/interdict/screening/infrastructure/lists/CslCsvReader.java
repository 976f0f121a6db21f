package io.interdict.screening.infrastructure.lists;

import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.entry.Address;
import io.interdict.screening.domain.model.entry.BirthDate;
import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.EntryName;
import io.interdict.screening.domain.model.entry.Identifier;
import io.interdict.screening.domain.model.entry.IdentifierType;
import io.interdict.screening.domain.model.entry.ListEntry;
import io.interdict.screening.domain.model.list.ListFormatException;
import io.interdict.screening.domain.model.list.ListVersion;
import io.interdict.screening.domain.model.list.SanctionsList;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the US Consolidated Screening List ({@code consolidated.csv}, optionally gzipped): a header row, one row per
 * listing, list-valued fields separated by {@code ;}, identifiers written {@code [country, ]number, type}. The
 * entry id is {@code _id}. The same party listed on several of the CSL's lists (SDN and SSI and CAPTA) appears in
 * several rows with one {@code _id}; those rows are merged into one entry, so the list holds fewer entries than
 * rows. Each entry's programmes include the short name of the lists it comes from ({@code SDN}, {@code EL},
 * {@code DPL}), since the trade lists carry no programme of their own.
 */
public final class CslCsvReader extends SingleFileListFormat {

    private static final List<String> REQUIRED = List.of("_id", "source", "type", "programs", "name", "alt_names",
            "addresses", "dates_of_birth", "places_of_birth", "nationalities", "citizenships", "ids", "call_sign",
            "vessel_flag", "vessel_owner", "remarks");
    private static final Pattern SHORT_NAME = Pattern.compile("\\(([^()]+)\\)");
    private static final Pattern LINKED_TO = Pattern.compile("\\(Linked To: ([^()]+)\\)");
    private static final Pattern COUNTRY_SUFFIX = Pattern.compile("(.*?),\\s*([A-Z]{2})$");
    private static final Pattern COUNTRY_PREFIX = Pattern.compile("([A-Z]{2}), (.+)");

    public CslCsvReader() {
        super("a CSL file", ".csv", ".csv.gz");
    }

    @Override
    public ListSource source() {
        return ListSource.US_CSL;
    }

    @Override
    public SanctionsList read(Path location) {
        Path file = file(location);
        String name = file.getFileName().toString();
        String text = StrictUtf8.decode(name, bytes(file));
        TextLines lines = new TextLines(text);
        Map<String, ListEntry.Builder> entries = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> missing = REQUIRED.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw ListFormatException.atLine(name, 1, "not the CSL header: missing columns " + missing);
            }
            int columns = parser.getHeaderNames().size();
            for (CSVRecord record : parser) {
                long line = lines.lineOf(record.getCharacterPosition());
                if (record.size() != columns) {
                    throw ListFormatException.atLine(name, line, "expected " + columns + " columns as in the header, found " + record.size());
                }
                row(name, line, record, entries);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ListFormatException(name, "", "not readable as CSV: " + e.getMessage(), e);
        }
        ListVersion version = new ListVersion(ListSource.US_CSL, SingleFileVersion.label(location), Optional.empty(), ContentHash.of(List.of(file)), List.of(name));
        return Lists.assemble(version, entries.values().stream().map(ListEntry.Builder::build).toList());
    }

    private static void row(String file, long line, CSVRecord r, Map<String, ListEntry.Builder> entries) {
        String id = r.get("_id").strip();
        String primary = r.get("name").strip();
        if (id.isEmpty() || primary.isEmpty()) {
            throw ListFormatException.atLine(file, line, id.isEmpty() ? "no _id" : "no name");
        }
        // a blank type is the trade lists' way of listing an organisation or person without saying which
        EntityType type = EntityType.parse(r.get("type")).orElse(EntityType.ENTITY);
        ListEntry.Builder entry = entries.computeIfAbsent(id, i -> ListEntry.builder(ListSource.US_CSL, i, type));
        // the first row's name is the primary one; a further row's different name becomes a strong alias on build
        entry.name(EntryName.primary(primary));
        split(r.get("alt_names")).forEach(n -> entry.name(EntryName.strong(n, "a.k.a.")));
        split(r.get("programs")).forEach(entry::programme);
        Matcher list = SHORT_NAME.matcher(r.get("source"));
        entry.programme(list.find() ? list.group(1) : r.get("source"));
        split(r.get("addresses")).forEach(a -> entry.address(address(a)));
        for (String dob : split(r.get("dates_of_birth"))) {
            entry.birthDate(birthDate(file, line, dob));
        }
        split(r.get("places_of_birth")).forEach(entry::birthPlace);
        split(r.get("nationalities")).forEach(c -> country(c).ifPresent(entry::nationality));
        split(r.get("citizenships")).forEach(c -> country(c).ifPresent(entry::nationality));
        split(r.get("ids")).forEach(i -> identifier(i).ifPresent(entry::identifier));
        if (!r.get("call_sign").isBlank()) {
            entry.identifier(Identifier.of(IdentifierType.CALL_SIGN, r.get("call_sign")));
        }
        country(r.get("vessel_flag")).ifPresent(entry::nationality);
        entry.linkedTo(r.get("vessel_owner"));
        entry.remarks(r.get("remarks"));
        Matcher linked = LINKED_TO.matcher(r.get("remarks"));
        while (linked.find()) {
            entry.linkedTo(linked.group(1));
        }
    }

    /** {@code 1973-03-25}, {@code 1973}, {@code circa 1973}, {@code 1958 to 1962}. */
    private static BirthDate birthDate(String file, long line, String text) {
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                java.time.LocalDate day = java.time.LocalDate.parse(text);
                return BirthDate.ofDay(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
            }
            if (text.matches("\\d{4}(-\\d{2})?")) {
                return BirthDate.parseIso(text).orElseThrow(() -> new IllegalArgumentException("no such date: '" + text + "'"));
            }
            return OfacDates.birthDate(text);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new ListFormatException(file, "line " + line + ", column dates_of_birth", "bad date of birth '" + text + "': " + e.getMessage());
        }
    }

    /** {@code [country, ]number, type}: the type is after the last comma. */
    private static Optional<Identifier> identifier(String item) {
        int comma = item.lastIndexOf(',');
        if (comma < 0) {
            return Optional.empty();
        }
        String type = item.substring(comma + 1).strip();
        String number = item.substring(0, comma).strip();
        String country = "";
        Matcher prefix = COUNTRY_PREFIX.matcher(number);
        if (prefix.matches()) {
            country = prefix.group(1);
            number = prefix.group(2);
        }
        return OfacIdTypes.identifier(type, number, country);
    }

    /** The CSL writes one address per item, ending in its ISO country code. */
    private static Address address(String text) {
        Matcher m = COUNTRY_SUFFIX.matcher(text);
        if (m.matches()) {
            return new Address(m.group(1), "", m.group(2), m.group(2));
        }
        if (text.matches("[A-Z]{2}")) {
            return new Address("", "", text, text);
        }
        return new Address(text, "", "", "");
    }

    private static Optional<String> country(String text) {
        String value = text.strip();
        return value.matches("[A-Z]{2}") ? Optional.of(value) : CountryNames.iso2(value);
    }

    private static List<String> split(String field) {
        return java.util.Arrays.stream(field.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static byte[] bytes(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            InputStream data = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                    ? new GZIPInputStream(in) : in;
            return data.readAllBytes();
        } catch (java.io.EOFException e) {
            throw new ListFormatException(file.getFileName().toString(), "end of file",
                    "the gzip stream ends early: the file was cut short");
        } catch (java.util.zip.ZipException e) {
            throw new ListFormatException(file.getFileName().toString(), "", "not a valid gzip file: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
