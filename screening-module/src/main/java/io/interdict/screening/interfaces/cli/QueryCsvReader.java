package io.interdict.screening.interfaces.cli;

import io.interdict.screening.application.BatchScreening.Party;
import io.interdict.screening.domain.matching.ScreeningQuery;
import io.interdict.screening.domain.model.entry.BirthDate;
import io.interdict.screening.domain.model.entry.EntityType;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads the batch contract's queries file ({@code id,name,type,country,dob}, RFC 4180, UTF-8) record by record. A
 * malformed record (bad quoting, wrong field count, empty or repeated id, unknown type, bad country or date) is
 * reported with its line number to {@code malformed} and skipped; reading goes on at the next record. Its own RFC
 * 4180 parser, because a general CSV library stops at the first quoting error.
 */
final class QueryCsvReader implements Iterator<Party> {

    static final List<String> HEADER = List.of("id", "name", "type", "country", "dob");
    private static final Pattern ISO2 = Pattern.compile("[A-Za-z]{2}");

    private final Reader in;
    private final Consumer<String> malformed;
    private final Set<String> seenIds = new HashSet<>();
    private long line = 1;
    private long bytesRead;
    private long skipped;
    private Party next;
    private boolean eof;
    private int pushedBack = -2;

    QueryCsvReader(Reader in, Consumer<String> malformed) {
        this.in = in;
        this.malformed = malformed;
        List<String> header = readRecord(new StringBuilder());
        if (header == null) {
            throw new IllegalArgumentException("the queries file is empty: it needs the header " + String.join(",", HEADER));
        }
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1));
        }
        List<String> trimmed = header.stream().map(String::strip).toList();
        if (!trimmed.equals(HEADER)) {
            throw new IllegalArgumentException("line 1: the header must be " + String.join(",", HEADER) + ", got "
                    + String.join(",", trimmed));
        }
    }

    long skipped() {
        return skipped;
    }

    /** Characters consumed so far (for progress). */
    long charsRead() {
        return bytesRead;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !eof) {
            long startLine = line;
            StringBuilder error = new StringBuilder();
            List<String> record = readRecord(error);
            if (record == null) {
                eof = true;
                break;
            }
            if (error.length() > 0) {
                reject(startLine, error.toString());
                continue;
            }
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            next = toParty(startLine, record);
        }
        return next != null;
    }

    @Override
    public Party next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Party p = next;
        next = null;
        return p;
    }

    private Party toParty(long at, List<String> f) {
        if (f.size() != HEADER.size()) {
            reject(at, f.size() + " fields, the header has " + HEADER.size());
            return null;
        }
        String id = f.get(0).strip();
        if (id.isEmpty()) {
            reject(at, "empty id");
            return null;
        }
        if (!seenIds.add(id)) {
            reject(at, "id " + id + " repeated");
            return null;
        }
        String type = f.get(2).strip();
        Optional<EntityType> entityType = EntityType.parse(type);
        if (!type.isEmpty() && entityType.isEmpty()) {
            reject(at, "unknown type '" + type + "' (individual, entity, vessel, aircraft or empty)");
            return null;
        }
        String country = f.get(3).strip();
        if (!country.isEmpty() && !ISO2.matcher(country).matches()) {
            reject(at, "country '" + country + "' is not an ISO 3166-1 alpha-2 code");
            return null;
        }
        String dob = f.get(4).strip();
        Optional<BirthDate> birthDate = BirthDate.parseIso(dob);
        if (!dob.isEmpty() && birthDate.isEmpty()) {
            reject(at, "dob '" + dob + "' is not YYYY or YYYY-MM-DD");
            return null;
        }
        String name = f.get(1);
        if (name.isBlank()) {
            reject(at, "empty name");
            return null;
        }
        ScreeningQuery query = new ScreeningQuery(name, entityType,
                country.isEmpty() ? Optional.empty() : Optional.of(country), birthDate, List.of());
        return new Party(at, id, query);
    }

    private void reject(long at, String why) {
        skipped++;
        malformed.accept("line " + at + ": " + why + "; row skipped");
    }

    /**
     * One RFC 4180 record, or null at end of input. A quoting error is written to {@code error} and the rest of the
     * physical line is skipped.
     */
    private List<String> readRecord(StringBuilder error) {
        List<String> fields = new ArrayList<>(5);
        StringBuilder field = new StringBuilder();
        int c = read();
        if (c == -1) {
            return null;
        }
        boolean quoted = false;
        boolean afterQuote = false;
        boolean fieldStart = true;
        while (true) {
            if (c == -1) {
                if (quoted) {
                    error.append("a quoted field is not closed before the end of the file");
                }
                fields.add(field.toString());
                return fields;
            }
            if (quoted) {
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        afterQuote = true;
                        c = d;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
                afterQuote = false;
                c = read();
                continue;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    int d = read();
                    if (d != '\n') {
                        unread(d);
                    }
                }
                line++;
                fields.add(field.toString());
                return fields;
            } else if (afterQuote) {
                error.append("text after a closing quote");
                skipLine();
                return fields;
            } else if (c == '"' && fieldStart) {
                quoted = true;
            } else if (c == '"') {
                error.append("a quote inside an unquoted field");
                skipLine();
                return fields;
            } else {
                field.append((char) c);
            }
            fieldStart = false;
            c = read();
        }
    }

    private void skipLine() {
        int c;
        while ((c = read()) != -1 && c != '\n') {
            // skip the rest of the malformed line
        }
        line++;
    }

    private int read() {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        try {
            int c = in.read();
            if (c != -1) {
                bytesRead += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            }
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void unread(int c) {
        pushedBack = c;
    }
}
