package io.interdict.casework.interfaces.rest;

import io.interdict.casework.application.ExportFormat;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Files the API hands out (filing packs, case histories): the format asked for, and the answer as an attachment. */
final class Downloads {

    private Downloads() {
    }

    /** The export format called {@code requested} ({@code pdf}, {@code csv}). */
    static ExportFormat format(Iterable<ExportFormat> formats, String requested, String expected) {
        String name = requested == null ? "" : requested.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat format : formats) {
            if (format.name().equals(name)) {
                return format;
            }
        }
        throw InvalidRequest.of("format", "must be " + expected + ", not '" + requested + "'");
    }

    static Response attachment(Object body, String mediaType, String filename) {
        return builder(body, mediaType, filename).build();
    }

    /**
     * The answer as a file to save, named {@code filename}: an ASCII name for every client and the exact one in
     * RFC 5987 form ({@code filename*}), so that a document named in any script keeps its name.
     */
    static Response.ResponseBuilder builder(Object body, String mediaType, String filename) {
        String ascii = filename.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        return Response.ok(body, mediaType).header("Content-Disposition", "attachment; filename=\"" + ascii
                + "\"; filename*=UTF-8''" + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
