package io.interdict.casework.interfaces.rest;

import io.interdict.casework.application.BatchUpload;
import io.interdict.casework.domain.model.batch.SourceFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a batch sent as CSV: a header naming the columns ({@code name,type,country,dateOfBirth,reference}, or the
 * evaluation contract's {@code id,name,type,country,dob}; {@code address} too), then one party per line. Fields may
 * be quoted ({@code "Bank, The"}, {@code ""} for a quote) but not span lines, so a row's position is its line number
 * and a broken quote spoils one row, never the rest of the file. A row that does not hold is rejected with its line
 * number and why; blank lines are not rows.
 */
public final class CsvBatchReader {

    /** Column names as clients write them, to the party field they fill. */
    private static final Map<String, String> COLUMNS = Map.of(
            "name", "name", "type", "type", "country", "country", "dateofbirth", "dateOfBirth", "dob", "dateOfBirth",
            "reference", "reference", "id", "reference", "address", "address");

    private CsvBatchReader() {
    }

    public static BatchUpload read(InputStream body) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, decoder))) {
            return read(lines);
        } catch (CharacterCodingException e) {
            throw InvalidRequest.of("body", "the CSV is not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BatchUpload read(BufferedReader lines) throws IOException {
        String headerLine = lines.readLine();
        if (headerLine != null && headerLine.startsWith("\uFEFF")) {
            headerLine = headerLine.substring(1);
        }
        if (headerLine == null || headerLine.isBlank()) {
            throw InvalidRequest.of("body", "the CSV needs a header line naming its columns, e.g. "
                    + "name,type,country,dateOfBirth,reference");
        }
        List<String> fields = header(headerLine);
        List<BatchUpload.UploadedParty> parties = new ArrayList<>();
        List<BatchUpload.Rejection> rejected = new ArrayList<>();
        int lineNumber = 1;
        String line;
        while ((line = lines.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            UploadLimits.checkRows(parties.size() + rejected.size() + 1);
            try {
                List<String> values = split(line);
                if (values.size() != fields.size()) {
                    throw new MalformedRow("has " + values.size() + " field(s); the header names " + fields.size());
                }
                PartyRequest party = new PartyRequest();
                for (int i = 0; i < fields.size(); i++) {
                    set(party, fields.get(i), values.get(i));
                }
                parties.add(new BatchUpload.UploadedParty(lineNumber, ScreeningResource.commandFrom(party)));
            } catch (MalformedRow e) {
                rejected.add(new BatchUpload.Rejection(lineNumber, e.getMessage()));
            } catch (InvalidRequest e) {
                rejected.add(new BatchUpload.Rejection(lineNumber, e.getMessage()));
            }
        }
        if (parties.isEmpty() && rejected.isEmpty()) {
            throw InvalidRequest.of("body", "the CSV has a header but no rows");
        }
        return new BatchUpload(SourceFormat.CSV, parties, rejected);
    }

    /** The party field of each column, in column order; the whole upload is refused if the header is wrong. */
    private static List<String> header(String line) {
        List<String> names;
        try {
            names = split(line);
        } catch (MalformedRow e) {
            throw InvalidRequest.of("header", e.getMessage());
        }
        Map<String, String> seen = new LinkedHashMap<>();
        List<String> fields = new ArrayList<>();
        RequestFields errors = new RequestFields();
        for (String name : names) {
            String field = COLUMNS.get(name.strip().toLowerCase(Locale.ROOT));
            if (field == null) {
                errors.error("header", "unknown column '" + name.strip() + "'; the columns are name, type, country, "
                        + "dateOfBirth (or dob), reference (or id), address");
            } else if (seen.put(field, name) != null) {
                errors.error("header", "column '" + name.strip() + "' names the same field as '" + seen.get(field)
                        + "'");
            }
            fields.add(field);
        }
        if (!fields.contains("name")) {
            errors.error("header", "a 'name' column is required");
        }
        errors.check();
        return fields;
    }

    private static void set(PartyRequest party, String field, String value) {
        switch (field) {
            case "name" -> party.name = value;
            case "type" -> party.type = value;
            case "country" -> party.country = value;
            case "dateOfBirth" -> party.dateOfBirth = value;
            case "reference" -> party.reference = value;
            case "address" -> party.address = value;
            default -> throw new IllegalArgumentException(field);
        }
    }

    /** One line's fields (RFC 4180 quoting within the line). */
    static List<String> split(String line) {
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        int i = 0;
        while (true) {
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= line.length()) {
                        throw new MalformedRow("a quoted field is not closed on its line");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < line.length() && line.charAt(i) == '"') {
                            value.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        value.append(c);
                    }
                }
                if (i < line.length() && line.charAt(i) != ',') {
                    throw new MalformedRow("text after a closing quote at column " + (i + 1));
                }
            } else {
                while (i < line.length() && line.charAt(i) != ',') {
                    char c = line.charAt(i++);
                    if (c == '"') {
                        throw new MalformedRow("a quote inside an unquoted field at column " + i);
                    }
                    value.append(c);
                }
            }
            values.add(value.toString());
            value.setLength(0);
            if (i >= line.length()) {
                return values;
            }
            i++; // the comma
        }
    }

    /** A row that is not well-formed CSV. */
    static final class MalformedRow extends RuntimeException {
        MalformedRow(String message) {
            super(message);
        }
    }
}
