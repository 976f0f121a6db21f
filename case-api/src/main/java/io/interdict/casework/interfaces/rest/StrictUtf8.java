package io.interdict.casework.interfaces.rest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/** A request body as UTF-8 text, never guessed at: bytes that are no UTF-8 are found, with their offset. */
final class StrictUtf8 {

    private StrictUtf8() {
    }

    /** The text, or null when the bytes are not UTF-8 ({@link #firstBadByte} says where). */
    static String decodeOrNull(byte[] bytes) {
        try {
            return decoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The offset of the first byte that starts no UTF-8 character; empty when all are UTF-8. */
    static OptionalInt firstBadByte(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        return decoder().decode(in, CharBuffer.allocate(bytes.length + 1), true).isError()
                ? OptionalInt.of(in.position()) : OptionalInt.empty();
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
