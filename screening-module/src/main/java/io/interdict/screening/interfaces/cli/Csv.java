package io.interdict.screening.interfaces.cli;

/** RFC 4180 field quoting for the files the command line writes. */
final class Csv {

    private Csv() {
    }

    static String field(String value) {
        boolean quote = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
