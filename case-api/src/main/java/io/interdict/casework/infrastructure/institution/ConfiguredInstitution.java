package io.interdict.casework.infrastructure.institution;

import io.interdict.casework.application.InstitutionProfile;
import io.interdict.casework.application.ReportingNotConfigured;
import io.interdict.casework.domain.model.reporting.Institution;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Properties;

/**
 * The institution as the administrator describes it in a properties file named by {@code interdict.institution.file}
 * (or {@code INTERDICT_INSTITUTION_FILE}): {@code name}, {@code address}, {@code contact.name},
 * {@code contact.email}, {@code contact.phone} (optional) and {@code zone} (the time zone its dates are kept in,
 * default {@code America/New_York}). Read when a report needs it, so a corrected file counts without a restart.
 */
@ApplicationScoped
public class ConfiguredInstitution implements InstitutionProfile {

    static final String FILE_PROPERTY = "interdict.institution.file";
    static final ZoneId DEFAULT_ZONE = ZoneId.of("America/New_York");

    @Override
    public Institution institution() {
        Properties p = read();
        try {
            return new Institution(p.getProperty("name"), p.getProperty("address"), p.getProperty("contact.name"),
                    p.getProperty("contact.email"), p.getProperty("contact.phone"));
        } catch (IllegalArgumentException e) {
            throw new ReportingNotConfigured(e.getMessage() + " in " + file() + " (keys: name, address,"
                    + " contact.name, contact.email, contact.phone)");
        }
    }

    @Override
    public ZoneId zone() {
        String zone = read().getProperty("zone");
        try {
            return zone == null || zone.isBlank() ? DEFAULT_ZONE : ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new ReportingNotConfigured("zone '" + zone + "' in " + file() + " is not a time zone such as"
                    + " America/New_York");
        }
    }

    private Properties read() {
        Path file = file();
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new ReportingNotConfigured("the institution's details for its OFAC reports cannot be read from "
                    + file + ": " + e.getMessage());
        }
        return properties;
    }

    private static Path file() {
        String configured = System.getProperty(FILE_PROPERTY, System.getenv("INTERDICT_INSTITUTION_FILE"));
        if (configured == null || configured.isBlank()) {
            throw new ReportingNotConfigured("the institution's details for its OFAC reports are not configured:"
                    + " set " + FILE_PROPERTY + " (or INTERDICT_INSTITUTION_FILE) to a properties file with name,"
                    + " address, contact.name, contact.email and zone");
        }
        return Path.of(configured);
    }
}
