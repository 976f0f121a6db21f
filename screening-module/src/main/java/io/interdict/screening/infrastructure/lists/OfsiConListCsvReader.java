package io.interdict.screening.infrastructure.lists;

import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.list.ListFormatException;
import io.interdict.screening.domain.model.list.ListVersion;
import io.interdict.screening.domain.model.list.SanctionsList;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads OFSI's {@code ConList.csv}, the CSV twin of the spreadsheet: line 1 {@code Last Updated,DD/MM/YYYY}, line 2
 * the header, then one line per name, RFC 4180 quoting, UTF-8. Every data line must have the header's column count:
 * a shifted line would put a passport number in a name column without anyone noticing.
 */
public final class OfsiConListCsvReader extends SingleFileListFormat {

    public OfsiConListCsvReader() {
        super("an OFSI ConList CSV", ".csv");
    }

    @Override
    public ListSource source() {
        return ListSource.UK_OFSI;
    }

    @Override
    public SanctionsList read(Path location) {
        Path file = file(location);
        String name = file.getFileName().toString();
        String text = StrictUtf8.decode(name, bytes(file));
        OfsiTargets targets = new OfsiTargets(name, "line");
        TextLines lines = new TextLines(text);
        Optional<LocalDate> published;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            Iterator<CSVRecord> records = parser.iterator();
            published = OfsiTargets.lastUpdated(name, "line 1", next(name, records, parser).toList());
            CSVRecord header = next(name, records, parser);
            targets.header(lines.lineOf(header.getCharacterPosition()), header.toList());
            int columns = header.size();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = lines.lineOf(record.getCharacterPosition());
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (record.size() != columns) {
                    throw ListFormatException.atLine(name, line,
                            "expected " + columns + " columns as in the header, found " + record.size());
                }
                targets.row(line, record.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ListFormatException(name, "", "not readable as CSV: " + e.getMessage(), e);
        }
        ListVersion version = new ListVersion(ListSource.UK_OFSI, SingleFileVersion.label(location), published, ContentHash.of(List.of(file)), List.of(name));
        return Lists.assemble(version, targets.entries());
    }

    private static CSVRecord next(String name, Iterator<CSVRecord> records, CSVParser parser) {
        if (!records.hasNext()) {
            throw ListFormatException.atLine(name, parser.getCurrentLineNumber() + 1, "the file ends before its header");
        }
        return records.next();
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
