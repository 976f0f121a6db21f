package io.interdict.casework.application;

import io.interdict.casework.domain.model.reporting.Institution;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The institution running Interdict, as its reports to OFAC name it, and the time zone its dates are kept in (the
 * day property was blocked is the institution's day, and business days are counted from it).
 */
public interface InstitutionProfile {

    /** @throws ReportingNotConfigured when the administrator has not described the institution */
    Institution institution();

    ZoneId zone();

    /**
     * The zone the institution's days are in, UTC where the institution is not described yet: how a day asked for in
     * a search or an export is turned into instants.
     */
    default ZoneId zoneOrUtc() {
        try {
            return zone();
        } catch (ReportingNotConfigured notDescribed) {
            return ZoneOffset.UTC;
        }
    }

    /** The institution's date now: the day an event of its reports happens, and what "overdue" is judged on. */
    default LocalDate today(Clock clock) {
        return clock.instant().atZone(zone()).toLocalDate();
    }
}
