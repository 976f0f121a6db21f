package io.interdict.casework.application;

import io.interdict.casework.domain.model.reporting.Institution;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The institution running Interdict, as its reports to OFAC name it, and the time zone its dates are kept in (the
 * day property was blocked is the institution's day, and business days are counted from it).
 */
public interface InstitutionProfile {

    /** @throws ReportingNotConfigured when the administrator has not described the institution */
    Institution institution();

    ZoneId zone();

    /** The institution's date now: the day an event of its reports happens, and what "overdue" is judged on. */
    default LocalDate today(Clock clock) {
        return clock.instant().atZone(zone()).toLocalDate();
    }
}
