package io.interdict.casework.application;

/**
 * Text as it may go into a cell that a spreadsheet opens: a value that begins with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return would be read as a formula (CSV injection), so it is prefixed with an
 * apostrophe and shows as the text it is. Every export writes its cells through here.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
