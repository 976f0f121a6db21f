package io.interdict.casework.infrastructure.exports;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.casework.application.ExportDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The packs as files: the PDF's text read back, the CSV's cells safe in a spreadsheet. */
class ExportFormatsTest {

    private static final ExportDocument PACK = new ExportDocument(
            "Initial report of blocked property", "31 CFR 501.603(b)(1) - report 6a1c7d1e", List.of(
            new ExportDocument.Section("Owner of the property", List.of(
                    new ExportDocument.Field("Name", "=HYPERLINK(\"http://x\")"),
                    new ExportDocument.Field("Name in Hangul", "조선광업개발무역회사"),
                    new ExportDocument.Field("Address", ""))),
            new ExportDocument.Section("Blocked property", List.of(
                    new ExportDocument.Field("Description", "incoming wire " + "held in a blocked account ".repeat(12)),
                    new ExportDocument.Field("Value", "USD 125000.50")))));

    @Test
    void thePdfSaysEveryFieldAndItsValue() throws IOException {
        byte[] pdf = new PdfExport().render(PACK);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Initial report of blocked property", "31 CFR 501.603(b)(1)",
                    "Owner of the property", "=HYPERLINK(\"http://x\")", "USD 125000.50", "(not given)");
            assertThat(text).as("a script the standard fonts lack").contains("??????????");
            assertThat(document.getDocumentInformation().getSubject()).isEqualTo("31 CFR 501.603(b)(1) - report 6a1c7d1e");
        }
    }

    @Test
    void aManyPagedPackStartsNewPages() throws IOException {
        List<ExportDocument.Field> many = java.util.stream.IntStream.range(0, 120)
                .mapToObj(i -> new ExportDocument.Field("Target " + i, "entry " + i)).toList();
        ExportDocument big = new ExportDocument(PACK.title(), PACK.subtitle(),
                List.of(new ExportDocument.Section("Sanctions targets", many)));

        try (PDDocument document = Loader.loadPDF(new PdfExport().render(big))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(new PDFTextStripper().getText(document)).contains("entry 119");
        }
    }

    @Test
    void theCsvNeutralisesFormulasAndKeepsEveryScript() {
        String csv = new String(new CsvExport().render(PACK), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFsection,field,value");
        assertThat(csv).contains("Owner of the property,Name,\"'=HYPERLINK(\"\"http://x\"\")\"")
                .contains("조선광업개발무역회사").doesNotContain(",=HYPERLINK");
    }
}
