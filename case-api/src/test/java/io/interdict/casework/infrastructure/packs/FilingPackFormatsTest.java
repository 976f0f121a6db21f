package io.interdict.casework.infrastructure.packs;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.casework.application.FilingPack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The packs as files: the PDF's text read back, the CSV's cells safe in a spreadsheet. */
class FilingPackFormatsTest {

    private static final FilingPack PACK = new FilingPack(UUID.fromString("6a1c7d1e-0000-4000-8000-000000000001"),
            "Initial report of blocked property", "31 CFR 501.603(b)(1)", List.of(
            new FilingPack.Section("Owner of the property", List.of(
                    new FilingPack.Field("Name", "=HYPERLINK(\"http://x\")"),
                    new FilingPack.Field("Name in Hangul", "조선광업개발무역회사"),
                    new FilingPack.Field("Address", ""))),
            new FilingPack.Section("Blocked property", List.of(
                    new FilingPack.Field("Description", "incoming wire " + "held in a blocked account ".repeat(12)),
                    new FilingPack.Field("Value", "USD 125000.50")))));

    @Test
    void thePdfSaysEveryFieldAndItsValue() throws IOException {
        byte[] pdf = new PdfFilingPack().render(PACK);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Initial report of blocked property", "31 CFR 501.603(b)(1)",
                    "Owner of the property", "=HYPERLINK(\"http://x\")", "USD 125000.50", "(not given)");
            assertThat(text).as("a script the standard fonts lack").contains("??????????");
            assertThat(document.getDocumentInformation().getSubject()).isEqualTo("31 CFR 501.603(b)(1)");
        }
    }

    @Test
    void aManyPagedPackStartsNewPages() throws IOException {
        List<FilingPack.Field> many = java.util.stream.IntStream.range(0, 120)
                .mapToObj(i -> new FilingPack.Field("Target " + i, "entry " + i)).toList();
        FilingPack big = new FilingPack(PACK.reportId(), PACK.title(), PACK.rule(),
                List.of(new FilingPack.Section("Sanctions targets", many)));

        try (PDDocument document = Loader.loadPDF(new PdfFilingPack().render(big))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(new PDFTextStripper().getText(document)).contains("entry 119");
        }
    }

    @Test
    void theCsvNeutralisesFormulasAndKeepsEveryScript() {
        String csv = new String(new CsvFilingPack().render(PACK), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFsection,field,value");
        assertThat(csv).contains("Owner of the property,Name,\"'=HYPERLINK(\"\"http://x\"\")\"")
                .contains("조선광업개발무역회사").doesNotContain(",=HYPERLINK");
    }
}
