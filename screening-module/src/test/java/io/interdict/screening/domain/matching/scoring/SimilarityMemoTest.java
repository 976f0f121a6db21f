package io.interdict.screening.domain.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SimilarityMemoTest {

    private final SimilarityMemo memo = new SimilarityMemo();

    @Test
    void remembersPerQueryUnitAndWord() {
        memo.startQuery();
        memo.put(0, 7, 0.91);
        memo.put(1, 7, 0.5);
        assertThat(memo.get(0, 7)).isCloseTo(0.91, within(1e-6));
        assertThat(memo.get(1, 7)).isCloseTo(0.5, within(1e-6));
        assertThat(memo.get(0, 8)).isEqualTo(-1);
    }

    @Test
    void aNewQueryForgetsThePreviousOne() {
        memo.startQuery();
        memo.put(2, 3, 1.0);
        memo.startQuery();
        assertThat(memo.get(2, 3)).isEqualTo(-1);
    }

    @Test
    void aFullTableStopsRememberingWithoutLosingWhatItHas() {
        memo.startQuery();
        for (int i = 0; i < 10_000; i++) {
            memo.put(i % 20, i, 0.25);
        }
        assertThat(memo.get(0, 0)).isCloseTo(0.25, within(1e-6));
        int remembered = 0;
        for (int i = 0; i < 10_000; i++) {
            remembered += memo.get(i % 20, i) >= 0 ? 1 : 0;
        }
        assertThat(remembered).isBetween(1000, 4096);
    }
}
