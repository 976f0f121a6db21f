package io.interdict.screening.domain.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Scores and similarities as reasons print them: a fixed number of places, rounded half up, always with a point
 * (never the server locale's comma). Writes what {@code String.format(Locale.ROOT, "%.2f", x)} writes, without
 * parsing a format pattern per number: every hit's reasons print a dozen numbers, and formatting them was 3 % of
 * a hitting screening's CPU time.
 */
public final class Decimals {

    private Decimals() {
    }

    /** {@code value} with {@code places} decimals: {@code 0.8750} for (0.875, 4). */
    public static String fixed(double value, int places) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * As {@link #fixed}, with a sign also for zero and positive values: {@code +0.120}, {@code -0.300}. A penalty that
     * took nothing, or less than the last place shows, reads {@code +0.000}, where the format pattern wrote
     * {@code -0.000}.
     */
    public static String signed(double value, int places) {
        String text = fixed(value, places);
        return text.startsWith("-") ? text : "+" + text;
    }
}
