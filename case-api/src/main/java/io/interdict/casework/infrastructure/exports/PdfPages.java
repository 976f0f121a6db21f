package io.interdict.casework.infrastructure.exports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes lines of text down US Letter pages, wrapping long values and starting a new page when one is full. Uses the
 * PDF standard fonts, which every reader has; a character they cannot show (a name in Hangul, say) is written as
 * {@code ?}, and the CSV pack carries the text as it is.
 */
final class PdfPages implements AutoCloseable {

    private static final float MARGIN = 56;
    private static final PDRectangle PAGE = PDRectangle.LETTER;

    private final PDDocument document;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream content;
    private float y;

    PdfPages(PDDocument document) throws IOException {
        this.document = document;
        newPage();
    }

    void title(String text) throws IOException {
        write(bold, 16, text, 22);
    }

    void line(String text) throws IOException {
        write(regular, 9, text, 14);
    }

    void heading(String text) throws IOException {
        y -= 8;
        write(bold, 11.5f, text, 16);
    }

    void field(String label, String value) throws IOException {
        write(bold, 8.5f, label, 11);
        write(regular, 9.5f, value, 13);
        y -= 3;
    }

    private void write(PDType1Font font, float size, String text, float leading) throws IOException {
        for (String line : wrap(font, size, printable(font, text))) {
            if (y - leading < MARGIN) {
                newPage();
            }
            y -= leading;
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(MARGIN, y);
            content.showText(line);
            content.endText();
        }
    }

    private List<String> wrap(PDType1Font font, float size, String text) throws IOException {
        float width = PAGE.getWidth() - 2 * MARGIN;
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text with every character the font cannot encode replaced by {@code ?}. */
    private static String printable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            String ch = new String(Character.toChars(c));
            out.append(c == '\n' || canShow(font, ch) ? ch : "?");
        });
        return out.toString();
    }

    private static boolean canShow(PDType1Font font, String ch) {
        try {
            font.encode(ch);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - MARGIN;
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
