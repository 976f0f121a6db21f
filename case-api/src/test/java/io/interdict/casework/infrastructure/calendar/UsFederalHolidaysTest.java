package io.interdict.casework.infrastructure.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The federal calendar the reporting deadlines run on, as 5 U.S.C. 6103 and OPM's observed dates have it, for the
 * years around today: an upgrade of the holiday library that changes any of it fails here.
 */
class UsFederalHolidaysTest {

    private final UsFederalHolidays calendar = new UsFederalHolidays();

    private static List<LocalDate> days(String... isoDates) {
        return java.util.Arrays.stream(isoDates).map(LocalDate::parse).toList();
    }

    @Test
    void federalHolidays2025() {
        assertThat(calendar.observedIn(2025)).containsExactlyInAnyOrderElementsOf(days("2025-01-01", "2025-01-20",
                "2025-02-17", "2025-05-26", "2025-06-19", "2025-07-04", "2025-09-01", "2025-10-13", "2025-11-11",
                "2025-11-27", "2025-12-25"));
    }

    @Test
    void federalHolidays2026WithIndependenceDayObservedOnFriday() {
        assertThat(calendar.observedIn(2026)).containsExactlyInAnyOrderElementsOf(days("2026-01-01", "2026-01-19",
                "2026-02-16", "2026-05-25", "2026-06-19", "2026-07-03", "2026-09-07", "2026-10-12", "2026-11-11",
                "2026-11-26", "2026-12-25"));
    }

    @Test
    void federalHolidays2027WithWeekendHolidaysObservedOnFridayOrMonday() {
        // Juneteenth and Christmas fall on a Saturday (observed Friday), July 4 on a Sunday (observed Monday), and
        // New Year's Day 2028 on a Saturday: observed on Friday 31 December 2027
        assertThat(calendar.observedIn(2027)).containsExactlyInAnyOrderElementsOf(days("2027-01-01", "2027-01-18",
                "2027-02-15", "2027-05-31", "2027-06-18", "2027-07-05", "2027-09-06", "2027-10-11", "2027-11-11",
                "2027-11-25", "2027-12-24", "2027-12-31"));
    }

    @Test
    void federalHolidays2028WithVeteransDayObservedOnFriday() {
        assertThat(calendar.observedIn(2028)).containsExactlyInAnyOrderElementsOf(days("2028-01-17", "2028-02-21",
                "2028-05-29", "2028-06-19", "2028-07-04", "2028-09-04", "2028-10-09", "2028-11-10", "2028-11-23",
                "2028-12-25"));
    }

    @Test
    void tenBusinessDaysAfterTheDayBeforeThanksgivingSkipThanksgivingAndTheWeekends() {
        assertThat(calendar.plusBusinessDays(LocalDate.parse("2026-11-25"), 10)).isEqualTo("2026-12-10");
    }

    @Test
    void tenBusinessDaysAcrossChristmasAndNewYear() {
        assertThat(calendar.plusBusinessDays(LocalDate.parse("2026-12-18"), 10)).isEqualTo("2027-01-05");
        assertThat(calendar.plusBusinessDays(LocalDate.parse("2027-12-20"), 10)).isEqualTo("2028-01-05");
    }

    @Test
    void aWeekendDayStartsTheCountOnTheNextBusinessDay() {
        assertThat(calendar.plusBusinessDays(LocalDate.parse("2026-12-05"), 1)).isEqualTo("2026-12-07");
        assertThat(calendar.isBusinessDay(LocalDate.parse("2026-11-27"))).as("the day after Thanksgiving").isTrue();
    }

    @Test
    void twoBusinessDaysBeforeADueDate() {
        assertThat(calendar.minusBusinessDays(LocalDate.parse("2027-01-05"), 2)).isEqualTo("2026-12-31");
    }
}
