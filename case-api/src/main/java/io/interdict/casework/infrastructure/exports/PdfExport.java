package io.interdict.casework.infrastructure.exports;

import io.interdict.casework.application.ExportDocument;
import io.interdict.casework.application.ExportFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * An export as a PDF (US Letter): the title and what it is, then each section with its fields, label above value,
 * as a filer keys them into OFAC's reporting system or an examiner reads them.
 */
@ApplicationScoped
@Named("pdf")
public class PdfExport implements ExportFormat {

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public byte[] render(ExportDocument pack) {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(pack.title());
            document.getDocumentInformation().setSubject(pack.subtitle());
            try (PdfPages pages = new PdfPages(document)) {
                pages.title(pack.title());
                pages.line(pack.subtitle());
                for (ExportDocument.Section section : pack.sections()) {
                    pages.heading(section.heading());
                    for (ExportDocument.Field field : section.fields()) {
                        pages.field(field.label(), field.value().isEmpty() ? "(not given)" : field.value());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + pack.title() + " (" + pack.subtitle() + ")", e);
        }
    }
}
