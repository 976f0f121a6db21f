package io.interdict.screening.infrastructure.lists;

import io.interdict.screening.domain.model.list.ListFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One file of OFAC's legacy CSV set, split into records. The format is OFAC's own, not RFC 4180: no header, fields
 * in double quotes with {@code ""} for a quote, {@code -0-} (often followed by a space) for "no value", CRLF line
 * ends (LF in copies that went through git), and a {@code 0x1A} byte as the last byte. OFAC writes that mark at the
 * end of every file, so a file without it was cut short and is refused.
 */
final class OfacCsvFile {

    static final char END_OF_FILE = 0x1A;
    private static final String NULL = "-0-";

    /** One record with the line it starts on; values are {@code ""} where the file has {@code -0-}. */
    record Row(long line, List<String> values) {
        String get(int column) {
            return values.get(column);
        }
    }

    private final String name;
    private final List<Row> rows;

    private OfacCsvFile(String name, List<Row> rows) {
        this.name = name;
        this.rows = rows;
    }

    /**
     * Reads and splits the file, checking that every record has {@code columns} fields.
     *
     * @throws ListFormatException on bad UTF-8, a missing end-of-file mark, an unclosed quote or a wrong field count
     */
    static OfacCsvFile read(Path file, int columns) {
        String name = file.getFileName().toString();
        // OFAC's files are ASCII, a subset of UTF-8
        String text = StrictUtf8.decode(name, bytes(file));
        int end = text.stripTrailing().length();
        if (end == 0 || text.charAt(end - 1) != END_OF_FILE) {
            throw new ListFormatException(name, "end of file",
                    "no end-of-file mark (0x1A) after line " + lineCount(text) + ": the file was cut short");
        }
        return new OfacCsvFile(name, new Splitter(name, text.substring(0, end - 1), columns).rows());
    }

    String name() {
        return name;
    }

    List<Row> rows() {
        return rows;
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static long lineCount(String text) {
        return text.chars().filter(c -> c == '\n').count();
    }

    /** Splits the text into records, tracking the line each starts on for error messages. */
    private static final class Splitter {
        private final String name;
        private final String text;
        private final int columns;
        private final List<Row> rows = new ArrayList<>();
        private final List<String> fields = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private long line = 1;
        private long recordLine = 1;
        private int pos;

        Splitter(String name, String text, int columns) {
            this.name = name;
            this.text = text;
            this.columns = columns;
        }

        List<Row> rows() {
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == '"' && field.toString().isBlank()) {
                    quoted();
                } else if (c == ',') {
                    endField();
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                        pos++;
                    }
                    endRecord();
                    line++;
                    recordLine = line;
                } else {
                    field.append(c);
                }
            }
            endRecord();
            return rows;
        }

        private void quoted() {
            long opened = line;
            field.setLength(0);
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == '"') {
                    if (pos < text.length() && text.charAt(pos) == '"') {
                        field.append('"');
                        pos++;
                        continue;
                    }
                    return;
                }
                if (c == '\n') {
                    line++;
                }
                field.append(c);
            }
            throw ListFormatException.atLine(name, opened, "quoted field never closed: the file was cut short");
        }

        private void endField() {
            String value = field.toString().strip();
            fields.add(value.equals(NULL) ? "" : value);
            field.setLength(0);
        }

        private void endRecord() {
            if (fields.isEmpty() && field.toString().isBlank()) {
                field.setLength(0);
                return; // blank line
            }
            endField();
            if (fields.size() != columns) {
                throw ListFormatException.atLine(name, recordLine,
                        "expected " + columns + " fields, found " + fields.size());
            }
            rows.add(new Row(recordLine, List.copyOf(fields)));
            fields.clear();
        }
    }
}
