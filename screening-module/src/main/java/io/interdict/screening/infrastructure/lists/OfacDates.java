package io.interdict.screening.infrastructure.lists;

import io.interdict.screening.domain.model.entry.BirthDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates OFAC writes in remarks: {@code 20 Apr 1967}, {@code Apr 1967}, {@code 1967}, {@code circa 1960},
 * {@code 1958 to 1962}, {@code 01 Jan 1958 to 31 Dec 1962}, {@code circa 1958-1962}. A text that looks like none of
 * these, or names a day that does not exist, is an error: a wrong date of birth would silently weaken matching.
 */
final class OfacDates {

    /** How far either side of the year a "circa" date of birth is taken to reach. */
    static final int CIRCA_YEARS = 2;

    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final Pattern ONE_DATE = Pattern.compile("(?:(\\d{1,2}) )?(?:([A-Za-z]{3})[a-z]* )?(\\d{4})");
    private static final Pattern YEAR_SPAN = Pattern.compile("(\\d{4}) ?- ?(\\d{4})");

    private OfacDates() {
    }

    /** @throws IllegalArgumentException with the reason when the text is not a date OFAC writes */
    static BirthDate birthDate(String text) {
        String date = text.strip();
        boolean circa = date.toLowerCase(Locale.ROOT).startsWith("circa ");
        if (circa) {
            date = date.substring(6).strip();
        }
        Matcher span = YEAR_SPAN.matcher(date);
        if (span.matches()) {
            return years(Integer.parseInt(span.group(1)), Integer.parseInt(span.group(2)), text);
        }
        int to = date.indexOf(" to ");
        if (to > 0) {
            BirthDate from = single(date.substring(0, to), text);
            BirthDate until = single(date.substring(to + 4), text);
            return from.equals(until) ? from : years(from.fromYear(), until.toYear(), text);
        }
        BirthDate single = single(date, text);
        return circa ? BirthDate.ofYears(single.fromYear() - CIRCA_YEARS, single.toYear() + CIRCA_YEARS) : single;
    }

    /** A full date such as {@code 17 Mar 2014}, as in passport expiry clauses. */
    static LocalDate day(String text) {
        BirthDate date = single(text.strip(), text);
        if (!date.isExactDay()) {
            throw new IllegalArgumentException("not a full date: '" + text + "'");
        }
        return LocalDate.of(date.fromYear(), date.month(), date.day());
    }

    private static BirthDate single(String date, String whole) {
        Matcher m = ONE_DATE.matcher(date.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a date: '" + whole + "'");
        }
        int year = Integer.parseInt(m.group(3));
        int month = m.group(2) == null ? 0 : month(m.group(2), whole);
        int day = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        if (day > 0 && month == 0) {
            throw new IllegalArgumentException("day without month: '" + whole + "'");
        }
        try {
            if (day > 0) {
                LocalDate.of(year, month, day); // refuses 31 Feb
            }
            return new BirthDate(year, year, month, day);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException("no such date: '" + whole + "'", e);
        }
    }

    private static int month(String name, String whole) {
        int index = MONTHS.indexOf(name.toLowerCase(Locale.ROOT));
        if (index < 0) {
            throw new IllegalArgumentException("unknown month '" + name + "' in '" + whole + "'");
        }
        return index + 1;
    }

    private static BirthDate years(int from, int to, String whole) {
        if (to < from) {
            throw new IllegalArgumentException("year range runs backwards: '" + whole + "'");
        }
        try {
            return BirthDate.ofYears(from, to);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad year range: '" + whole + "'", e);
        }
    }
}
