package io.interdict.screening.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Reasons print numbers as the format patterns they replace did, whatever the server's locale. */
class DecimalsTest {

    @Test
    void writesWhatTheFormatPatternWrote() {
        for (double value : new double[] {0, 1, 0.875, 0.125, 0.145, 0.9999, 0.00049, 0.33333, 0.995, 0.5}) {
            assertThat(Decimals.fixed(value, 2)).isEqualTo(String.format(Locale.ROOT, "%.2f", value));
            assertThat(Decimals.fixed(value, 4)).isEqualTo(String.format(Locale.ROOT, "%.4f", value));
            assertThat(Decimals.signed(value, 3)).isEqualTo(String.format(Locale.ROOT, "%+.3f", value));
            if (value >= 0.001) { // what rounds to zero reads +0.000 (below)
                assertThat(Decimals.signed(-value, 3)).isEqualTo(String.format(Locale.ROOT, "%+.3f", -value));
            }
        }
    }

    @Test
    void aPenaltyThatTookNothingReadsAsZeroNotMinusZero() {
        assertThat(Decimals.signed(0.0 * -0.3, 3)).isEqualTo("+0.000");
    }

    @Test
    void alwaysWritesAPoint() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Decimals.fixed(0.5, 2)).isEqualTo("0.50");
        } finally {
            Locale.setDefault(before);
        }
    }
}
