package io.interdict.casework.infrastructure.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** What Tika says the documents a case gets are, whatever they are called. */
class TikaContentTypesTest {

    private final TikaContentTypes types = new TikaContentTypes();

    @Test
    void aPdfIsAPdfWhateverItsName() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(pdf);
        }
        assertThat(types.detect(pdf.toByteArray(), "instructions.pdf")).isEqualTo("application/pdf");
        assertThat(types.detect(pdf.toByteArray(), "instructions.txt")).isEqualTo("application/pdf");
    }

    @Test
    void imagesByTheirSignature() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png);
        assertThat(types.detect(png.toByteArray(), "scan.pdf")).isEqualTo("image/png");
    }

    @Test
    void paymentMessagesAsTextAndXml() {
        byte[] mt103 = "{1:F01BANKUS33AXXX0000000000}{2:I103BANKDEFFXXXXN}{4:\r\n:20:REF123\r\n:32A:261202USD1000,00\r\n-}"
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(types.detect(mt103, "mt103.fin")).isEqualTo("text/plain");
        byte[] pacs008 = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08"><FIToFICstmrCdtTrf/></Document>
                """.getBytes(StandardCharsets.UTF_8);
        assertThat(types.detect(pacs008, "pacs008.xml")).isEqualTo("application/xml");
    }

    @Test
    void anExecutableNamedLikeAnInvoiceIsAnExecutable() {
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertThat(types.detect(exe, "invoice.pdf")).isNotEqualTo("application/pdf").startsWith("application/");
    }
}
