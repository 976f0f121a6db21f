package io.interdict.screening.infrastructure.lists;

import io.interdict.screening.domain.model.list.ListFormatException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a list file's bytes as UTF-8, refusing any byte sequence that is not UTF-8 and saying where it is. A
 * lenient decoder would turn a Latin-1 or truncated byte into U+FFFD and the name containing it would quietly stop
 * matching. A leading byte-order mark is dropped.
 */
final class StrictUtf8 {

    private StrictUtf8() {
    }

    static String decode(String file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            String before = new String(bytes, 0, at, StandardCharsets.UTF_8);
            int lineStart = before.lastIndexOf('\n') + 1;
            long line = before.chars().filter(c -> c == '\n').count() + 1;
            throw ListFormatException.atLineColumn(file, line, at - lineStart + 1,
                    String.format("byte 0x%02X is not valid UTF-8 text (wrong encoding or a damaged file)", bytes[at] & 0xFF));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
