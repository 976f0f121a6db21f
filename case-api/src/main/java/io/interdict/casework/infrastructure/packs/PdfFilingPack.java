package io.interdict.casework.infrastructure.packs;

import io.interdict.casework.application.FilingPack;
import io.interdict.casework.application.FilingPackFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A filing pack as a PDF (US Letter): the report's title and rule, then each section with its fields, label above
 * value, as the filer keys them into OFAC's reporting system.
 */
@ApplicationScoped
@Named("pdf")
public class PdfFilingPack implements FilingPackFormat {

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public byte[] render(FilingPack pack) {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(pack.title() + " " + pack.reportId());
            document.getDocumentInformation().setSubject(pack.rule());
            try (PdfPages pages = new PdfPages(document)) {
                pages.title(pack.title());
                pages.line(pack.rule() + " - report " + pack.reportId());
                for (FilingPack.Section section : pack.sections()) {
                    pages.heading(section.heading());
                    for (FilingPack.Field field : section.fields()) {
                        pages.field(field.label(), field.value().isEmpty() ? "(not given)" : field.value());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the filing pack of report " + pack.reportId(), e);
        }
    }
}
