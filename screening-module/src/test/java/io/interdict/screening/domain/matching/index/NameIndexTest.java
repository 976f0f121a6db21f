package io.interdict.screening.domain.matching.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.screening.domain.matching.ListedParties;
import io.interdict.screening.domain.matching.normalisation.NameNormaliser;
import io.interdict.screening.domain.matching.normalisation.NameToken;
import io.interdict.screening.domain.model.entry.EntryName;
import io.interdict.screening.domain.model.entry.ListEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameIndexTest {

    private final List<ListEntry> entries = new ArrayList<>(List.of(
            ListedParties.kimJongUn(),
            ListedParties.koreaRyonbong(),
            ListedParties.entity("10", "NAM CHON GANG TRADING CORPORATION").build(),
            ListedParties.person("11", "HUSAYN, Ali Abdullah").build(),
            ListedParties.entity("12", "KOREA MINING DEVELOPMENT TRADING CORPORATION")
                    .name(EntryName.weak("KOMID")).build()));
    {
        for (int i = 0; i < 50; i++) {
            entries.add(ListedParties.person("k" + i, "KIM, Filler" + (char) ('a' + i % 26) + i).build());
        }
    }
    private final NameIndex index = NameIndex.of(entries, new NameNormaliser());

    private List<String> found(String query) {
        return Arrays.stream(index.candidates(index.prepare(query), 10))
                .mapToObj(n -> index.entry(index.entryOf(n)).sourceId()).distinct().toList();
    }

    @Test
    void findsByExactWordsInAnyOrder() {
        assertThat(found("Jong Un Kim")).contains("1");
    }

    @Test
    void findsThroughOneTypo() {
        assertThat(found("Husayb")).contains("11");
        assertThat(found("Hsuayn")).contains("11");
    }

    @Test
    void findsThroughRomanisationAndSkeleton() {
        assertThat(found("Ryeonbong General")).contains("2");
        assertThat(found("Hussein")).contains("11");
    }

    @Test
    void findsJoinedAndSplitForms() {
        assertThat(found("NAMCHONGANG")).contains("10");
        assertThat(found("Abdul Lah Ali")).contains("11");
    }

    @Test
    void weakAliasesAreNeverCandidates() {
        assertThat(found("KOMID")).isEmpty();
        assertThat(index.weakNames(index.entryCount() - 51 + 0)).isNotNull();
    }

    @Test
    void theCandidateSetIsBounded() {
        assertThat(index.candidates(index.prepare("Kim"), 10)).hasSizeLessThanOrEqualTo(10);
    }

    @Test
    void commonWordsWeighLessThanRareOnes() {
        NameToken kim = new NameNormaliser().normalise("kim").tokens().get(0);
        NameToken nam = new NameNormaliser().normalise("namchongang").tokens().get(0);
        assertThat(index.weight(kim)).isLessThan(index.weight(nam));
        // a misspelt common word weighs like the word, not like the rarest word there is
        NameToken typo = new NameNormaliser().normalise("kiim").tokens().get(0);
        assertThat(index.weight(typo)).isEqualTo(index.weight(kim));
    }
}
