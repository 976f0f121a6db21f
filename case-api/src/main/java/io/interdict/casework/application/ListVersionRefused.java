package io.interdict.casework.application;

/**
 * A list version that cannot be read: not a ZIP, incomplete, or a malformed file. It names the file, the position
 * (line and column, element or sheet row) and the reason; nothing of it was stored, and the version in force stays.
 */
public class ListVersionRefused extends RuntimeException {

    private final String file;
    private final String position;
    private final String reason;

    public ListVersionRefused(String file, String position, String reason) {
        super(file + (position.isEmpty() ? "" : " " + position) + ": " + reason);
        this.file = file;
        this.position = position;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    /** {@code line 12, column 4}, {@code element INDIVIDUAL[17]/DATAID}; empty when the fault is the whole file. */
    public String position() {
        return position;
    }

    public String reason() {
        return reason;
    }
}
