package io.interdict.screening.domain.model.entry;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.screening.domain.model.ListSource;
import org.junit.jupiter.api.Test;

class EntryFingerprintTest {

    private static ListEntry.Builder komid() {
        return ListEntry.builder(ListSource.UN_SC, "KPe.001", EntityType.ENTITY)
                .name(EntryName.primary("KOREA MINING DEVELOPMENT TRADING CORPORATION"))
                .programme("DPRK").programme("DPRK2").nationality("KP");
    }

    @Test
    void theSameContentGivesTheSameFingerprintWhateverTheSetOrder() {
        ListEntry a = komid().build();
        ListEntry b = ListEntry.builder(ListSource.UN_SC, "KPe.001", EntityType.ENTITY)
                .name(EntryName.primary("KOREA MINING DEVELOPMENT TRADING CORPORATION"))
                .programme("DPRK2").programme("DPRK").nationality("KP").build();

        assertThat(EntryFingerprint.of(a)).isEqualTo(EntryFingerprint.of(b)).hasSize(64);
    }

    @Test
    void aNewAliasChangesTheFingerprint() {
        ListEntry before = komid().build();
        ListEntry after = komid().name(EntryName.strong("CHANGGWANG SINYONG CORPORATION", "a.k.a.")).build();

        assertThat(EntryFingerprint.of(after)).isNotEqualTo(EntryFingerprint.of(before));
    }
}
