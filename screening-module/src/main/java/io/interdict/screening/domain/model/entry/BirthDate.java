package io.interdict.screening.domain.model.entry;

import java.util.Optional;

/**
 * A date of birth with the precision the list gives: a full date, a month, a year, or a range of years
 * ({@code circa 1960}, {@code 1958 to 1962}).
 *
 * @param fromYear first possible year
 * @param toYear   last possible year (equal to {@code fromYear} for an exact year)
 * @param month    1-12, or 0 when unknown
 * @param day      1-31, or 0 when unknown
 */
public record BirthDate(int fromYear, int toYear, int month, int day) {

    public BirthDate {
        if (fromYear < 1000 || toYear < fromYear || toYear > 9999) {
            throw new IllegalArgumentException("bad year range " + fromYear + "-" + toYear);
        }
        if (month < 0 || month > 12 || day < 0 || day > 31 || (day > 0 && month == 0)) {
            throw new IllegalArgumentException("bad month/day " + month + "/" + day);
        }
    }

    public static BirthDate ofDay(int year, int month, int day) {
        return new BirthDate(year, year, month, day);
    }

    public static BirthDate ofMonth(int year, int month) {
        return new BirthDate(year, year, month, 0);
    }

    public static BirthDate ofYear(int year) {
        return new BirthDate(year, year, 0, 0);
    }

    public static BirthDate ofYears(int fromYear, int toYear) {
        return new BirthDate(fromYear, toYear, 0, 0);
    }

    /** Reads the batch contract's {@code YYYY} or {@code YYYY-MM-DD} (also {@code YYYY-MM}). */
    public static Optional<BirthDate> parseIso(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String[] parts = text.strip().split("-");
        try {
            int year = Integer.parseInt(parts[0]);
            int month = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            int day = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
            if (parts.length > 3) {
                return Optional.empty();
            }
            return Optional.of(new BirthDate(year, year, month, day));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean isExactDay() {
        return fromYear == toYear && day > 0;
    }

    /** Whether the two dates can be the same day, given what each leaves unknown. */
    public boolean isCompatibleWith(BirthDate other) {
        if (other.toYear < fromYear || other.fromYear > toYear) {
            return false;
        }
        if (month > 0 && other.month > 0 && month != other.month) {
            return false;
        }
        return day == 0 || other.day == 0 || day == other.day;
    }

    /** Smallest distance in years between the two ranges (0 when they overlap). */
    public int yearDistance(BirthDate other) {
        if (other.toYear < fromYear) {
            return fromYear - other.toYear;
        }
        if (other.fromYear > toYear) {
            return other.fromYear - toYear;
        }
        return 0;
    }

    @Override
    public String toString() {
        if (fromYear != toYear) {
            return fromYear + " to " + toYear;
        }
        if (month == 0) {
            return Integer.toString(fromYear);
        }
        return day == 0 ? String.format("%04d-%02d", fromYear, month) : String.format("%04d-%02d-%02d", fromYear, month, day);
    }
}
