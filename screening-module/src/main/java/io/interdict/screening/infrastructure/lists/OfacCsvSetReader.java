package io.interdict.screening.infrastructure.lists;

import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.entry.Address;
import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.EntryName;
import io.interdict.screening.domain.model.entry.Identifier;
import io.interdict.screening.domain.model.entry.IdentifierType;
import io.interdict.screening.domain.model.entry.ListEntry;
import io.interdict.screening.domain.model.list.ListFormat;
import io.interdict.screening.domain.model.list.ListFormatException;
import io.interdict.screening.domain.model.list.ListVersion;
import io.interdict.screening.domain.model.list.SanctionsList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads OFAC's legacy CSV set: the SDN list ({@code sdn.csv}, {@code add.csv}, {@code alt.csv},
 * {@code sdn_comments.csv}) or the consolidated non-SDN list ({@code cons_prim.csv}, {@code cons_add.csv},
 * {@code cons_alt.csv}, {@code cons_comments.csv}), which share one layout. The four files are one publication:
 * a version folder is only read when it holds all four, since an entry without its aliases, addresses or remarks
 * overflow would screen worse without anyone noticing.
 */
public final class OfacCsvSetReader implements ListFormat {

    private static final int PRIMARY_COLUMNS = 12;
    private static final int ADDRESS_COLUMNS = 6;
    private static final int ALIAS_COLUMNS = 5;
    private static final int COMMENT_COLUMNS = 2;
    private static final int REMARKS_COLUMN = 11;

    private final ListSource source;
    private final String primaryFile;
    private final String addressFile;
    private final String aliasFile;
    private final String commentsFile;

    private OfacCsvSetReader(ListSource source, String primary, String address, String alias, String comments) {
        this.source = source;
        this.primaryFile = primary;
        this.addressFile = address;
        this.aliasFile = alias;
        this.commentsFile = comments;
    }

    public static OfacCsvSetReader sdn() {
        return new OfacCsvSetReader(ListSource.US_OFAC_SDN, "sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv");
    }

    public static OfacCsvSetReader consolidated() {
        return new OfacCsvSetReader(ListSource.US_OFAC_CONS,
                "cons_prim.csv", "cons_add.csv", "cons_alt.csv", "cons_comments.csv");
    }

    @Override
    public ListSource source() {
        return source;
    }

    @Override
    public boolean recognises(Path location) {
        return Files.isDirectory(location) && files().stream().anyMatch(f -> Files.isRegularFile(location.resolve(f)));
    }

    @Override
    public Optional<String> incompleteness(Path location) {
        List<String> missing = files().stream().filter(f -> !Files.isRegularFile(location.resolve(f))).toList();
        return missing.isEmpty() ? Optional.empty()
                : Optional.of("incomplete OFAC CSV set: missing " + String.join(", ", missing)
                        + " (a version needs all of " + String.join(", ", files()) + ")");
    }

    @Override
    public SanctionsList read(Path folder) {
        incompleteness(folder).ifPresent(reason -> {
            throw new ListFormatException(folder.toString(), "", reason);
        });
        OfacCsvFile primary = OfacCsvFile.read(folder.resolve(primaryFile), PRIMARY_COLUMNS);
        OfacCsvFile addresses = OfacCsvFile.read(folder.resolve(addressFile), ADDRESS_COLUMNS);
        OfacCsvFile aliases = OfacCsvFile.read(folder.resolve(aliasFile), ALIAS_COLUMNS);
        OfacCsvFile comments = OfacCsvFile.read(folder.resolve(commentsFile), COMMENT_COLUMNS);

        Map<String, String> overflow = overflow(comments);
        Map<String, ListEntry.Builder> entries = new LinkedHashMap<>();
        for (OfacCsvFile.Row row : primary.rows()) {
            ListEntry.Builder entry = primaryEntry(primary.name(), row, overflow);
            if (entries.put(entry.sourceId(), entry) != null) {
                throw ListFormatException.atLine(primary.name(), row.line(), "ent_num " + entry.sourceId() + " repeated");
            }
        }
        checkKnown(comments, entries);
        for (OfacCsvFile.Row row : aliases.rows()) {
            owner(aliases, row, entries).name(alias(row));
        }
        for (OfacCsvFile.Row row : addresses.rows()) {
            owner(addresses, row, entries).address(
                    new Address(row.get(2), row.get(3), row.get(4), CountryNames.iso2OrEmpty(row.get(4))));
        }
        List<ListEntry> built = entries.values().stream().map(ListEntry.Builder::build).toList();
        return Lists.assemble(version(folder), built);
    }

    private ListVersion version(Path folder) {
        List<Path> paths = files().stream().map(folder::resolve).toList();
        // the legacy CSV set carries no publish date
        return new ListVersion(source, folder.getFileName().toString(), Optional.empty(), ContentHash.of(paths), files());
    }

    private List<String> files() {
        return List.of(primaryFile, addressFile, aliasFile, commentsFile);
    }

    /** Remarks longer than OFAC's 1,000-character column continue in the comments file, cut mid-word. */
    private static Map<String, String> overflow(OfacCsvFile comments) {
        Map<String, String> overflow = new HashMap<>();
        for (OfacCsvFile.Row row : comments.rows()) {
            overflow.merge(entNum(comments, row), row.get(1), String::concat);
        }
        return overflow;
    }

    private ListEntry.Builder primaryEntry(String file, OfacCsvFile.Row row, Map<String, String> overflow) {
        String id = entNum(file, row);
        if (row.get(1).isEmpty()) {
            throw ListFormatException.atLineColumn(file, row.line(), 2, "entry " + id + " has no name");
        }
        ListEntry.Builder entry = ListEntry.builder(source, id, entityType(file, row))
                .name(EntryName.primary(row.get(1)));
        // several programmes are written "DPRK3] [CYBER2"
        for (String programme : row.get(3).split("\\]\\s*\\[")) {
            entry.programme(programme.replace("[", "").replace("]", ""));
        }
        vessel(row, entry);
        String cell = row.get(REMARKS_COLUMN);
        String remarks = cell + overflow.getOrDefault(id, "");
        entry.remarks(remarks);
        try {
            OfacRemarks.readInto(overflow.containsKey(id) ? remarks : OfacRemarks.withoutCutClause(cell), entry);
        } catch (IllegalArgumentException e) {
            throw ListFormatException.atLineColumn(file, row.line(), REMARKS_COLUMN + 1, e.getMessage());
        }
        return entry;
    }

    /** OFAC writes no type for organisations: {@code -0-} means an entity. */
    private static EntityType entityType(String file, OfacCsvFile.Row row) {
        String type = row.get(2);
        if (type.isEmpty()) {
            return EntityType.ENTITY;
        }
        return EntityType.parse(type).orElseThrow(() ->
                ListFormatException.atLineColumn(file, row.line(), 3, "unknown SDN_Type '" + type + "'"));
    }

    private static void vessel(OfacCsvFile.Row row, ListEntry.Builder entry) {
        if (!row.get(5).isEmpty()) {
            entry.identifier(Identifier.of(IdentifierType.CALL_SIGN, row.get(5)));
        }
        // a vessel's flag is its nationality for screening purposes
        CountryNames.iso2(row.get(9)).ifPresent(entry::nationality);
        entry.linkedTo(row.get(10));
    }

    private static EntryName alias(OfacCsvFile.Row row) {
        String kind = switch (row.get(2).toLowerCase(java.util.Locale.ROOT)) {
            case "fka" -> "f.k.a.";
            case "nka" -> "n.k.a.";
            default -> "a.k.a.";
        };
        // alt.csv holds the strong aliases only; weak ones are in the remarks
        return EntryName.strong(row.get(3), kind);
    }

    private static ListEntry.Builder owner(OfacCsvFile file, OfacCsvFile.Row row, Map<String, ListEntry.Builder> entries) {
        ListEntry.Builder entry = entries.get(entNum(file, row));
        if (entry == null) {
            throw ListFormatException.atLineColumn(file.name(), row.line(), 1,
                    "ent_num " + row.get(0) + " is not in the primary file: the files are not one publication");
        }
        return entry;
    }

    private void checkKnown(OfacCsvFile comments, Map<String, ListEntry.Builder> entries) {
        for (OfacCsvFile.Row row : comments.rows()) {
            owner(comments, row, entries);
        }
    }

    private static String entNum(OfacCsvFile file, OfacCsvFile.Row row) {
        return entNum(file.name(), row);
    }

    private static String entNum(String file, OfacCsvFile.Row row) {
        String value = row.get(0);
        if (!value.matches("\\d{1,9}")) {
            throw ListFormatException.atLineColumn(file, row.line(), 1, "ent_num '" + value + "' is not a number");
        }
        return value;
    }
}
