package io.interdict.screening.infrastructure.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler for one worksheet part ({@code sheet1.xml}) that hands on each row as its cell texts by column index.
 * It reads the cell types a list spreadsheet uses (shared strings, inline strings, numbers, formula results as text)
 * without POI's styles table, whose XMLBeans parsing cost more than the whole sheet.
 * The {@code t} elements of inline strings are read like values; shared strings come from
 * {@link SharedStringsHandler}.
 */
final class SheetRowHandler extends DefaultHandler {

    private final List<String> strings;
    private final BiConsumer<Integer, List<String>> rows;
    private final List<String> cells = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int row = -1;
    private int column;
    private String type = "";
    private boolean inValue;

    /** @param rows receives the 0-based row number and the row's cells ({@code ""} where a cell is empty) */
    SheetRowHandler(List<String> strings, BiConsumer<Integer, List<String>> rows) {
        this.strings = strings;
        this.rows = rows;
    }

    /** The 1-based number of the row being read, for error messages. */
    int currentRow() {
        return row + 1;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (SecureSax.local(qName)) {
            case "row" -> {
                String r = attributes.getValue("r");
                row = r == null ? row + 1 : Integer.parseInt(r) - 1;
                cells.clear();
            }
            case "c" -> {
                String reference = attributes.getValue("r");
                column = reference == null ? cells.size() : columnOf(reference);
                String t = attributes.getValue("t");
                type = t == null ? "n" : t;
            }
            case "v", "t" -> {
                inValue = true;
                text.setLength(0);
            }
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (SecureSax.local(qName)) {
            case "v", "t" -> {
                inValue = false;
                put(value(text.toString()));
            }
            case "row" -> rows.accept(row, List.copyOf(cells));
            default -> {
            }
        }
    }

    private String value(String raw) {
        return switch (type) {
            case "s" -> sharedString(raw);
            case "n" -> raw.isBlank() ? "" : new BigDecimal(raw.strip()).stripTrailingZeros().toPlainString();
            default -> raw; // inlineStr, str (formula result), b, e
        };
    }

    /** The 0-based column of a cell reference such as {@code AJ17}. */
    static int columnOf(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }

    private String sharedString(String raw) {
        int index = Integer.parseInt(raw.strip());
        if (index < 0 || index >= strings.size()) {
            throw new IllegalStateException("cell refers to shared string " + index + " of " + strings.size());
        }
        return strings.get(index);
    }

    private void put(String value) {
        while (cells.size() <= column) {
            cells.add("");
        }
        cells.set(column, cells.get(column) + value);
    }
}
