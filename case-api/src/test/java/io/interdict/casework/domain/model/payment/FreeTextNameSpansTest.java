package io.interdict.casework.domain.model.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The spans of a free text screened as names. */
class FreeTextNameSpansTest {

    @Test
    void aNameAmongReferencesAndWordsIsOneOfTheSpansWithoutTheNumbers() {
        assertThat(FreeTextNameSpans.of("INVOICE 4711 FREIGHT FOR OCEAN MARITIME MANAGEMENT COMPANY LIMITED VOYAGE 12"))
                .contains("OCEAN MARITIME MANAGEMENT COMPANY LIMITED")
                .allSatisfy(span -> assertThat(span).doesNotContainPattern("\\d"));
    }

    @Test
    void codewordsSeparateAndMtContinuationLinesJoin() {
        assertThat(FreeTextNameSpans.of("/BNF/PAID ON BEHALF OF KOREA KWANGSON\n//BANKING CORP/INV/4711 PARTS"))
                .contains("KOREA KWANGSON BANKING CORP")
                .noneMatch(span -> span.contains("BNF") || span.contains("INV") || span.contains("CORP PARTS"));
    }

    @Test
    void aSingleWordIsNotASpanAndLongTextsAreBounded() {
        assertThat(FreeTextNameSpans.of("FREIGHT")).isEmpty();
        assertThat(FreeTextNameSpans.of("WORD ".repeat(10) + "ALPHA BETA")).contains("ALPHA BETA")
                .allSatisfy(span -> assertThat(span.split(" ")).hasSizeBetween(2, FreeTextNameSpans.MAX_WORDS));
        String longText = "ALPHA BETA GAMMA DELTA EPSILON ZETA ETA THETA IOTA KAPPA LAMBDA MU ".repeat(100);
        assertThat(FreeTextNameSpans.of(longText)).hasSizeLessThanOrEqualTo(FreeTextNameSpans.MAX_SPANS);
    }
}
