package io.interdict.casework.interfaces.rest;

import io.interdict.casework.application.ExportFormat;
import jakarta.ws.rs.core.Response;
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
        return Response.ok(body, mediaType).header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }
}
