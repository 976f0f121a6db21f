package io.interdict.screening.domain.model.list;

/**
 * A list file could not be read. It names the file, the position (line and column for text files, the element
 * path for XML, the sheet row for spreadsheets) and the reason, so an administrator can find the fault; the list
 * version being read is then refused as a whole.
 */
public class ListFormatException extends RuntimeException {

    private final String file;
    private final String position;
    private final String reason;

    public ListFormatException(String file, String position, String reason) {
        this(file, position, reason, null);
    }

    public ListFormatException(String file, String position, String reason, Throwable cause) {
        super(file + (position.isEmpty() ? "" : " " + position) + ": " + reason, cause);
        this.file = file;
        this.position = position;
        this.reason = reason;
    }

    public static ListFormatException atLine(String file, long line, String reason) {
        return new ListFormatException(file, "line " + line, reason);
    }

    public static ListFormatException atLineColumn(String file, long line, int column, String reason) {
        return new ListFormatException(file, "line " + line + ", column " + column, reason);
    }

    public String file() {
        return file;
    }

    /** Where in the file: {@code line 12}, {@code line 12, column 4}, {@code element INDIVIDUAL[17]/DATAID}... */
    public String position() {
        return position;
    }

    public String reason() {
        return reason;
    }
}
