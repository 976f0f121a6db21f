package io.interdict.casework.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;

/**
 * Reads every JSON body that JSON-B is to bind whole before it does, and refuses what is not well-formed UTF-8 JSON
 * of a sane depth, without the NUL character (PostgreSQL's text cannot hold it), with a 400 naming the line and
 * column. Not only for the clearer message: Yasson skips a property
 * it does not know with Parsson's skipping parser, and that parser never returns when the body ends inside the
 * skipped array or object ({@code {"x": [1, 2}): one such request of a dozen bytes held a worker thread at full CPU
 * for good (found by {@code ApiFuzzIT}). A body read here in full has a known end, and one that ends early is refused
 * before JSON-B sees it. Bodies an endpoint reads itself as a stream (the batch files) are not touched.
 */
@Provider
@jakarta.annotation.Priority(Priorities.ENTITY_CODER)
public class WellFormedJsonBodies implements ReaderInterceptor {

    /** A request object of the API is a few kilobytes; the batch files, read as streams, have their own limit. */
    static final int MAX_BYTES = 1024 * 1024;
    /** The deepest nesting of a request object of the API is four; anything far deeper is no request of ours. */
    static final int MAX_DEPTH = 64;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isBoundJson(context)) {
            return context.proceed();
        }
        byte[] body = UploadLimits.readAll(context.getInputStream(), MAX_BYTES,
                "a JSON request body is at most " + MAX_BYTES / 1024 + " KB");
        check(body);
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static boolean isBoundJson(ReaderInterceptorContext context) {
        MediaType type = context.getMediaType();
        Class<?> target = context.getType();
        return type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                && !InputStream.class.isAssignableFrom(target) && target != byte[].class && target != String.class;
    }

    /**
     * @throws InvalidRequest naming the body's position when it is not UTF-8, not JSON, ends early or nests deeper
     *                        than {@value #MAX_DEPTH}
     */
    static void check(byte[] body) {
        String text = utf8(body);
        int depth = 0;
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.START_ARRAY || event == JsonParser.Event.START_OBJECT) {
                    if (++depth > MAX_DEPTH) {
                        throw refused(parser.getLocation(), "nested deeper than " + MAX_DEPTH + " levels");
                    }
                } else if (event == JsonParser.Event.END_ARRAY || event == JsonParser.Event.END_OBJECT) {
                    depth--;
                } else if ((event == JsonParser.Event.VALUE_STRING || event == JsonParser.Event.KEY_NAME)
                        && parser.getString().indexOf('\u0000') >= 0) {
                    throw refused(parser.getLocation(), "a string holds the NUL character (U+0000), which no text "
                            + "of the API may hold");
                }
            }
        } catch (JsonParsingException e) {
            throw refused(e.getLocation(), "not well-formed JSON: " + e.getMessage());
        } catch (jakarta.json.JsonException e) {
            throw InvalidRequest.of("body", "not well-formed JSON: " + e.getMessage());
        }
    }

    private static InvalidRequest refused(JsonLocation at, String reason) {
        String position = at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
        return InvalidRequest.of("body", reason + position);
    }

    private static String utf8(byte[] body) {
        String text = StrictUtf8.decodeOrNull(body);
        if (text == null) {
            throw InvalidRequest.of("body", "not UTF-8 text: the bytes at offset "
                    + StrictUtf8.firstBadByte(body).orElse(0) + " are no UTF-8 character");
        }
        return text;
    }
}
