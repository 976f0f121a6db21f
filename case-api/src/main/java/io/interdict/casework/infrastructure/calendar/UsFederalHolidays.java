package io.interdict.casework.infrastructure.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.interdict.casework.domain.model.reporting.BusinessCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The US federal holidays as observed, computed by Jollyday from {@code holidays/us-federal.xml}: the eleven holidays
 * of 5 U.S.C. 6103 with their observed-on-Friday/Monday rules (Jollyday's own "us" calendar is the set every state
 * shares and leaves Columbus Day out). Jollyday is pinned in the build, and a test asserts the federal calendar for
 * several years, so that an upgrade that computes any day differently is noticed.
 */
@ApplicationScoped
public class UsFederalHolidays implements BusinessCalendar {

    private final HolidayManager holidays = HolidayManager.getInstance(ManagerParameters.create(
            Objects.requireNonNull(UsFederalHolidays.class.getResource("/holidays/us-federal.xml"),
                    "holidays/us-federal.xml is missing from the application")));

    /** Observed days by the year they fall in. */
    private final Map<Integer, Set<LocalDate>> observed = new ConcurrentHashMap<>();

    @Override
    public boolean isHoliday(LocalDate day) {
        return observed.computeIfAbsent(day.getYear(), this::observedIn).contains(day);
    }

    /** The holidays observed within a year, including the next New Year's Day when it is observed on 31 December. */
    public Set<LocalDate> observedIn(int year) {
        return IntStream.rangeClosed(year - 1, year + 1).boxed()
                .flatMap(y -> holidays.getHolidays(Year.of(y)).stream())
                .map(Holiday::getDate)
                .filter(date -> date.getYear() == year)
                .collect(Collectors.toUnmodifiableSet());
    }
}
