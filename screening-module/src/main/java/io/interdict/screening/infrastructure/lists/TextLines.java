package io.interdict.screening.infrastructure.lists;

import java.util.Arrays;

/**
 * Finds the line a character offset lies on, for error messages from CSV parsers that report a record's character
 * position but count lines only approximately (a quoted field may span lines).
 */
final class TextLines {

    private final int[] lineStarts;

    TextLines(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** The 1-based line holding the character at {@code offset}. */
    long lineOf(long offset) {
        int index = Arrays.binarySearch(lineStarts, (int) offset);
        return index >= 0 ? index + 1 : -index - 1;
    }
}
