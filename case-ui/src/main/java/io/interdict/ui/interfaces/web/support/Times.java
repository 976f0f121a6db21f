package io.interdict.ui.interfaces.web.support;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How times read in the browser: UTC, to the minute, and ages as a person says them. */
public final class Times {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    public static String minute(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }

    /** {@code 3 d 4 h}, {@code 5 h 12 min}, {@code 7 min}: how long ago, at a glance. */
    public static String age(Instant since, Instant now) {
        Duration age = Duration.between(since, now);
        if (age.isNegative()) {
            return "0 min";
        }
        if (age.toDays() > 0) {
            return age.toDays() + " d " + age.toHoursPart() + " h";
        }
        if (age.toHours() > 0) {
            return age.toHours() + " h " + age.toMinutesPart() + " min";
        }
        return age.toMinutes() + " min";
    }
}
