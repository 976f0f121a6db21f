package io.interdict.casework.infrastructure.exports;

import io.interdict.casework.application.ExportDocument;
import io.interdict.casework.application.ExportFormat;
import io.interdict.casework.application.SpreadsheetText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An export as CSV, one row per field ({@code section, field, value}), UTF-8 with a byte-order mark so that
 * spreadsheets read names in any script; every cell is made safe from formula injection.
 */
@ApplicationScoped
@Named("csv")
public class CsvExport implements ExportFormat {

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String mediaType() {
        return "text/csv; charset=UTF-8";
    }

    @Override
    public byte[] render(ExportDocument pack) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("section", "field", "value").get())) {
            for (ExportDocument.Section section : pack.sections()) {
                for (ExportDocument.Field field : section.fields()) {
                    csv.printRecord(SpreadsheetText.safe(section.heading()), SpreadsheetText.safe(field.label()),
                            SpreadsheetText.safe(field.value()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
