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
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns the rows of OFSI's ConList (the xlsx and its CSV twin share the columns) into one entry per target. The
 * list has one row per <em>name</em>: rows with the same {@code Group ID} are one target, the row whose
 * {@code Alias Type} is {@code Primary name} gives its primary name, and {@code Alias Quality} {@code Low quality}
 * marks a weak alias. Rows are fed in file order; positions in errors are the file's own row numbers.
 */
final class OfsiTargets {

    static final List<String> REQUIRED = List.of("Name 6", "Name 1", "Name 2", "Name 3", "Name 4", "Name 5",
            "Name Non-Latin Script", "DOB", "Town of Birth", "Country of Birth", "Nationality", "Passport Number",
            "National Identification Number", "Address 1", "Address 2", "Address 3", "Address 4", "Address 5",
            "Address 6", "Post/Zip Code", "Country", "Other Information", "Group Type", "Alias Type", "Alias Quality",
            "Regime", "Group ID");

    private static final Pattern DOB = Pattern.compile("(?:(\\d{2})/)?(?:(\\d{2})/)?(\\d{4})");
    private static final Pattern NUMBERED = Pattern.compile("\\(\\d+\\)\\s*");
    private static final Pattern IMO = Pattern.compile("\\(IMO number\\):\\s*(\\d{7})");
    private static final Pattern FLAG = Pattern.compile("\\(Flag of ship\\):\\s*([^()]+?)\\s*(?:\\(|$)");

    private final String file;
    private final String rowWord;
    private final Map<String, Integer> columns = new HashMap<>();
    private final Map<String, ListEntry.Builder> targets = new LinkedHashMap<>();
    private final Map<String, Boolean> hasPrimary = new HashMap<>();
    private final Map<String, String> firstName = new HashMap<>();
    private final Map<String, String> lastRemarks = new HashMap<>();

    /** @param rowWord how the file's positions are named: {@code row} (spreadsheet) or {@code line} (CSV) */
    OfsiTargets(String file, String rowWord) {
        this.file = file;
        this.rowWord = rowWord;
    }

    /** The publish date from the first row, {@code Last Updated | 10/04/2025}. */
    static Optional<LocalDate> lastUpdated(String file, String position, List<String> firstRow) {
        if (firstRow.size() < 2 || !firstRow.get(0).strip().equalsIgnoreCase("Last Updated")) {
            throw new ListFormatException(file, position, "expected 'Last Updated' and the date in the first row");
        }
        BirthDate date = parseDate(file, position, firstRow.get(1));
        if (!date.isExactDay()) {
            throw new ListFormatException(file, position, "'Last Updated' needs a full date, found '" + firstRow.get(1) + "'");
        }
        return Optional.of(LocalDate.of(date.fromYear(), date.month(), date.day()));
    }

    void header(long row, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            columns.putIfAbsent(names.get(i).strip(), i);
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new ListFormatException(file, rowWord + " " + row, "not OFSI's ConList header: missing columns " + missing);
        }
    }

    int columnCount() {
        return columns.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    }

    void row(long row, List<String> values) {
        Row r = new Row(row, values);
        String group = r.get("Group ID");
        if (group.isEmpty()) {
            throw r.error("Group ID", "no Group ID");
        }
        ListEntry.Builder target = targets.computeIfAbsent(group,
                g -> ListEntry.builder(ListSource.UK_OFSI, g, type(r)));
        name(r, target);
        birthDate(r).ifPresent(target::birthDate);
        target.birthPlace(joined(r.get("Town of Birth"), r.get("Country of Birth")));
        numbered(r.get("Nationality")).forEach(n -> CountryNames.iso2(n).ifPresent(target::nationality));
        numbered(r.get("Passport Number")).forEach(p -> target.identifier(Identifier.of(IdentifierType.PASSPORT, p)));
        numbered(r.get("National Identification Number"))
                .forEach(p -> target.identifier(Identifier.of(IdentifierType.NATIONAL_ID, p)));
        target.address(address(r));
        target.programme(r.get("Regime"));
        // every row of a target repeats its (often long) remarks: read them once per distinct text
        String remarks = r.get("Other Information");
        if (!remarks.equals(lastRemarks.put(group, remarks))) {
            otherInformation(remarks, target);
        }
    }

    /** The targets; a group without a {@code Primary name} row (a few exist) takes its first name as primary. */
    List<ListEntry> entries() {
        targets.forEach((group, target) -> {
            if (!hasPrimary.containsKey(group)) {
                target.name(EntryName.primary(firstName.get(group)));
            }
        });
        return targets.values().stream().map(ListEntry.Builder::build).toList();
    }

    private EntityType type(Row r) {
        String type = r.get("Group Type");
        return EntityType.parse(type).orElseThrow(() -> r.error("Group Type", "unknown Group Type '" + type + "'"));
    }

    private void name(Row r, ListEntry.Builder target) {
        String name = fullName(r);
        if (name.isEmpty()) {
            throw r.error("Name 6", "row has no name");
        }
        firstName.putIfAbsent(target.sourceId(), name);
        String aliasType = r.get("Alias Type");
        boolean primary = aliasType.equalsIgnoreCase("Primary name")
                || (!hasPrimary.containsKey(target.sourceId()) && aliasType.isEmpty());
        if (primary && hasPrimary.putIfAbsent(target.sourceId(), true) == null) {
            target.name(EntryName.primary(name));
        } else {
            NameStrength strength = r.get("Alias Quality").toLowerCase(java.util.Locale.ROOT).startsWith("low")
                    ? NameStrength.WEAK : NameStrength.STRONG;
            target.name(new EntryName(name, strength, aliasType.equalsIgnoreCase("FKA") ? "f.k.a." : "a.k.a."));
        }
        String script = r.get("Name Non-Latin Script");
        if (!script.isEmpty()) {
            target.name(EntryName.strong(script, "original script"));
        }
    }

    /** Individuals as {@code SURNAME, Given names} like OFAC; entities and ships have their name in Name 6. */
    private static String fullName(Row r) {
        String given = joinedBy(" ", r.get("Name 1"), r.get("Name 2"), r.get("Name 3"), r.get("Name 4"), r.get("Name 5"));
        return joined(r.get("Name 6"), given);
    }

    private Optional<BirthDate> birthDate(Row r) {
        String text = r.get("DOB");
        return text.isEmpty() ? Optional.empty() : Optional.of(parseDate(file, r.position("DOB"), text));
    }

    /** {@code dd/mm/yyyy} with {@code 00} for unknown parts, {@code mm/yyyy} or {@code yyyy}. */
    static BirthDate parseDate(String file, String position, String text) {
        Matcher m = DOB.matcher(text.strip());
        if (!m.matches()) {
            throw new ListFormatException(file, position, "bad date '" + text + "', expected dd/mm/yyyy");
        }
        int year = Integer.parseInt(m.group(3));
        int day = m.group(2) == null ? 0 : parse(m.group(1));
        int month = m.group(2) == null ? (m.group(1) == null ? 0 : parse(m.group(1))) : parse(m.group(2));
        try {
            if (day > 0) {
                LocalDate.of(year, month, day);
            }
            return new BirthDate(year, year, month, month == 0 ? 0 : day);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new ListFormatException(file, position, "no such date '" + text + "'");
        }
    }

    private static int parse(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    private static Address address(Row r) {
        String street = joined(r.get("Address 1"), r.get("Address 2"), r.get("Address 3"), r.get("Address 4"));
        String city = joined(r.get("Address 5"), r.get("Address 6"), r.get("Post/Zip Code"));
        String country = r.get("Country");
        return new Address(street, city, country, CountryNames.iso2OrEmpty(country));
    }

    /** The remarks; for ships they carry the IMO number and flag: {@code (IMO number):7408873 ... (Flag of ship):North Korea}. */
    private static void otherInformation(String text, ListEntry.Builder target) {
        if (text.isEmpty()) {
            return;
        }
        target.remarks(text);
        if (!text.contains("(IMO number)")) {
            return;
        }
        Matcher imo = IMO.matcher(text);
        while (imo.find()) {
            target.identifier(Identifier.of(IdentifierType.IMO, imo.group(1)));
        }
        Matcher flag = FLAG.matcher(text);
        if (flag.find()) {
            CountryNames.iso2(flag.group(1)).ifPresent(target::nationality);
        }
    }

    /** OFSI numbers several values in one cell: {@code (1) 223611 (2) C00146605}. */
    private static List<String> numbered(String cell) {
        List<String> values = new ArrayList<>();
        for (String part : NUMBERED.split(cell)) {
            if (!part.isBlank()) {
                values.add(part.strip());
            }
        }
        return values;
    }

    private static String joined(String... parts) {
        return joinedBy(", ", parts);
    }

    private static String joinedBy(String separator, String... parts) {
        return Stream.of(parts).filter(p -> !p.isBlank()).map(String::strip).collect(Collectors.joining(separator));
    }

    /** One row, its cells found by column name. */
    private final class Row {
        private final long number;
        private final List<String> values;

        Row(long number, List<String> values) {
            this.number = number;
            this.values = values;
        }

        String get(String column) {
            int index = columns.get(column);
            return index < values.size() && values.get(index) != null ? values.get(index).strip() : "";
        }

        String position(String column) {
            return rowWord + " " + number + ", column " + (columns.get(column) + 1) + " (" + column + ")";
        }

        ListFormatException error(String column, String reason) {
            return new ListFormatException(file, position(column), reason);
        }
    }
}
