package io.interdict.casework.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cells a spreadsheet would run as formulas are written as text. */
class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"})
    void aFormulaStartIsNeutralised(String cell) {
        assertThat(SpreadsheetText.safe(cell)).isEqualTo("'" + cell);
    }

    @Test
    void plainTextStaysAsItIs() {
        assertThat(SpreadsheetText.safe("Korea Mining Development Trading Corporation"))
                .isEqualTo("Korea Mining Development Trading Corporation");
        assertThat(SpreadsheetText.safe("")).isEmpty();
        assertThat(SpreadsheetText.safe(null)).isNull();
    }
}
