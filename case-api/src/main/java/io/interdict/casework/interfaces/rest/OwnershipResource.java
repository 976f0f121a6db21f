package io.interdict.casework.interfaces.rest;

import io.interdict.casework.application.OwnershipData;
import io.interdict.casework.domain.model.ownership.OwnershipLoad;
import io.interdict.screening.domain.model.Sha256;
import io.interdict.screening.domain.ownership.OwnershipLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code /api/ownership}: the institution's ownership data for OFAC's 50 percent rule. A CSV with the header
 * {@code owner,owned,percent}, one direct holding a line: the owner and the party owned by customer reference or by
 * list entry key ({@code us-ofac-sdn:9345}), the percent held (0 &lt; percent ≤ 100). A load replaces the register in
 * force whole; a bad line is named with its reason and nothing is kept.
 */
@Path("/ownership")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OwnershipResource {

    /** An ownership extract of a million links is a few tens of MB. */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final int MAX_ERRORS = 50;

    @Inject
    OwnershipData ownership;

    @Context
    SecurityContext security;

    /** A load of the ownership data. */
    public record LoadView(UUID loadId, int links, int ownedParties, String loadedBy, Instant loadedAt,
                           String sha256) {
    }

    @POST
    @Consumes({"text/csv", "application/csv"})
    @RolesAllowed("admin")
    public Response load(InputStream body) {
        byte[] bytes = read(body);
        List<OwnershipLink> links = links(new String(bytes, StandardCharsets.UTF_8));
        OwnershipData.Loaded loaded = ownership.load(links, Sha256.hex(bytes), security.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(view(loaded.load(), loaded.ownedParties())).build();
    }

    @GET
    @RolesAllowed({"admin", "auditor"})
    public Response latest() {
        return ownership.latest().map(load -> Response.ok(view(load, -1)).build())
                .orElseGet(() -> Response.noContent().build());
    }

    private static LoadView view(OwnershipLoad load, int ownedParties) {
        return new LoadView(load.id(), load.links(), ownedParties, load.loadedBy(), load.loadedAt(), load.sha256());
    }

    /** The links of the CSV, or every bad line with its reason (the first fifty). */
    static List<OwnershipLink> links(String csv) {
        int nul = csv.indexOf('\u0000');
        if (nul >= 0) {
            throw InvalidRequest.of("line " + (csv.substring(0, nul).chars().filter(c -> c == '\n').count() + 1),
                    "holds the NUL character (U+0000)");
        }
        List<OwnershipLink> links = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        // a header with an empty or a repeated name is read as it is, so that the check below names it
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get().parse(new StringReader(csv))) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            if (!header.equals(List.of("owner", "owned", "percent"))) {
                throw InvalidRequest.of("header", "the first line must be owner,owned,percent, not "
                        + String.join(",", parser.getHeaderNames()));
            }
            for (CSVRecord row : parser) {
                String line = "line " + (row.getRecordNumber() + 1);
                try {
                    if (row.size() != 3) {
                        throw new IllegalArgumentException("3 fields expected, " + row.size() + " found");
                    }
                    links.add(new OwnershipLink(key(row.get(0)), key(row.get(1)), percent(row.get(2))));
                } catch (IllegalArgumentException e) {
                    if (errors.size() < MAX_ERRORS) {
                        errors.add(new Problem.FieldError(line, e.getMessage()));
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw InvalidRequest.of("body", "not a readable CSV: " + e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        if (links.isEmpty()) {
            throw InvalidRequest.of("body", "no ownership link: give one line owner,owned,percent per holding");
        }
        return links;
    }

    private static String key(String value) {
        String key = value.strip();
        if (key.length() > 200) {
            throw new IllegalArgumentException("a party key is at most 200 characters");
        }
        return key;
    }

    private static BigDecimal percent(String value) {
        try {
            return new BigDecimal(value.strip().replace("%", "").strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("percent '" + value + "' is not a number");
        }
    }

    private static byte[] read(InputStream body) {
        return UploadLimits.readAll(body, MAX_BYTES, "ownership data is at most " + MAX_BYTES / (1024 * 1024) + " MB");
    }
}
