package io.interdict.casework.domain.model.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The days on which the reporting deadlines run: OFAC's reports are due "within 10 business days" (31 CFR
 * 501.603(b)(1)(i), 501.604(a)), and a business day is a weekday that is not a US federal holiday as observed
 * (5 U.S.C. 6103: one falling on a Saturday is observed the Friday before, on a Sunday the Monday after).
 */
public interface BusinessCalendar {

    /** Whether the federal holiday calendar observes a holiday on this day. */
    boolean isHoliday(LocalDate day);

    default boolean isBusinessDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isHoliday(day);
    }

    /**
     * The day {@code businessDays} business days after {@code from}, counted from the day after: the last day of a
     * period "within N business days from" {@code from}.
     */
    default LocalDate plusBusinessDays(LocalDate from, int businessDays) {
        if (businessDays < 0) {
            throw new IllegalArgumentException("business days must be 0 or more: " + businessDays);
        }
        LocalDate day = from;
        for (int counted = 0; counted < businessDays; ) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The day {@code businessDays} business days before {@code to} (a reminder ahead of a due date). */
    default LocalDate minusBusinessDays(LocalDate to, int businessDays) {
        if (businessDays < 0) {
            throw new IllegalArgumentException("business days must be 0 or more: " + businessDays);
        }
        LocalDate day = to;
        for (int counted = 0; counted < businessDays; ) {
            day = day.minusDays(1);
            if (isBusinessDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
