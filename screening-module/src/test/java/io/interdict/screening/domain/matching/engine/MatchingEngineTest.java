package io.interdict.screening.domain.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.interdict.screening.domain.matching.Feature;
import io.interdict.screening.domain.matching.FeatureScore;
import io.interdict.screening.domain.matching.FeatureWeights;
import io.interdict.screening.domain.matching.Hit;
import io.interdict.screening.domain.matching.ListedParties;
import io.interdict.screening.domain.matching.ScreeningQuery;
import io.interdict.screening.domain.matching.TokenMatch;
import io.interdict.screening.domain.model.entry.BirthDate;
import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.Identifier;
import io.interdict.screening.domain.model.entry.IdentifierType;
import io.interdict.screening.domain.model.entry.ListEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchingEngineTest {

    private final List<ListEntry> entries = List.of(ListedParties.kimJongUn(),
            ListedParties.koreaRyonbong(), ListedParties.vesselWithImo(),
            ListedParties.person("20", "KIM, Chol Ho").build(),
            ListedParties.entity("21", "KOREA MINING DEVELOPMENT TRADING CORPORATION")
                    .name(io.interdict.screening.domain.model.entry.EntryName.weak("KOMID")).build());
    private final MatchingEngine engine = new MatchingEngine(entries);

    @Test
    void anOverriddenWeightMovesTheScoreByItsDifference() {
        ScreeningQuery abroad = ScreeningQuery.ofName("Kim Jong Un").withCountry("DE");
        double plain = engine.screen(abroad, 1, 0).get(0).score();
        MatchingEngine milder = new MatchingEngine(entries,
                FeatureWeights.defaults().with(Feature.COUNTRY_MISMATCH, -0.02));
        Hit hit = milder.screen(abroad, 1, 0).get(0);
        assertThat(hit.score()).isCloseTo(plain + 0.08, within(1e-9));
        assertThat(hit.features()).extracting(FeatureScore::feature).contains("country_mismatch");
        assertThat(hit.features()).extracting(FeatureScore::weight).contains(-0.02);
    }

    @Test
    void aNameVariantIsAHitWithItsReasons() {
        List<Hit> hits = engine.screen("Kim Jong-Eun", 5);
        assertThat(hits).isNotEmpty();
        Hit top = hits.get(0);
        assertThat(top.entry().sourceId()).isEqualTo("1");
        assertThat(top.score()).isGreaterThan(0.9).isLessThanOrEqualTo(1.0);
        assertThat(top.matchedName()).isIn("KIM, Jong Un", "KIM, Jong-un");
        assertThat(top.tokenMatches()).extracting(TokenMatch::queryToken).contains("kim", "jong", "eun");
        assertThat(top.features()).extracting(FeatureScore::feature).containsExactly("name_similarity");
        assertThat(top.features().get(0).contribution()).isEqualTo(top.score());
    }

    @Test
    void qualifiersMoveTheScoreAndSayHowMuch() {
        ScreeningQuery base = ScreeningQuery.ofName("Kim Jong Un");
        double plain = engine.screen(base, 1, 0).get(0).score();
        Hit conflicting = engine.screen(base.withType(EntityType.ENTITY).withBirthDate(BirthDate.ofYear(1950))
                .withCountry("DE"), 1, 0).get(0);
        assertThat(conflicting.score()).isLessThan(plain - 0.4);
        assertThat(conflicting.features()).extracting(FeatureScore::feature)
                .contains("type_mismatch", "dob_conflict", "country_mismatch");
        double sum = conflicting.features().stream().mapToDouble(FeatureScore::contribution).sum();
        assertThat(conflicting.score()).isCloseTo(Math.max(0, Math.min(1, sum)), org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void aDecisiveIdentifierIsAHitWhateverTheName() {
        ScreeningQuery query = ScreeningQuery.ofName("Some Unrelated Name")
                .withIdentifiers(List.of(Identifier.of(IdentifierType.IMO, "8660313")));
        List<Hit> hits = engine.screen(query, 5, 0.5);
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).score()).isEqualTo(1.0);
        assertThat(hits.get(0).entry().sourceId()).isEqualTo("3");
        assertThat(hits.get(0).features().get(0).feature()).isEqualTo("identifier_match");
        assertThat(hits.get(0).features().get(0).detail()).contains("imo").contains("8660313");
    }

    @Test
    void aWeakAliasAloneNeverCreatesAHit() {
        assertThat(engine.screen("KOMID", 5)).isEmpty();
        assertThat(engine.screen("Korea Mining Development Trading", 5)).first()
                .satisfies(h -> assertThat(h.entry().sourceId()).isEqualTo("21"));
    }

    @Test
    void aWeakAliasConfirmsAHitFoundThroughAStrongName() {
        List<Hit> hits = engine.screen("Korea Ryonbong General Corporation", 5);
        assertThat(hits.get(0).entry().sourceId()).isEqualTo("2");
        assertThat(hits.get(0).features()).extracting(FeatureScore::feature).doesNotContain("weak_alias_confirms");
        // the weak alias RYONBONG scores below the confirmation bar against the full name, so a query that is the
        // weak alias plus the strong words shows it:
        MatchingEngine withShortAlias = new MatchingEngine(List.of(ListedParties.entity("7", "GREEN PINE ASSOCIATED CORPORATION")
                .name(io.interdict.screening.domain.model.entry.EntryName.weak("GREEN PINE")).build()));
        Hit confirmed = withShortAlias.screen("Green Pine Corporation", 1).get(0);
        assertThat(confirmed.features()).extracting(FeatureScore::feature).contains("weak_alias_confirms");
        Hit unconfirmed = withShortAlias.screen("Green Pine Associated", 1).get(0);
        assertThat(confirmed.score()).isGreaterThan(0);
        assertThat(unconfirmed.score()).isGreaterThan(0);
    }

    @Test
    void limitAndMinimumScoreAreRespected() {
        assertThat(engine.screen(ScreeningQuery.ofName("Kim"), 1, 0)).hasSizeLessThanOrEqualTo(1);
        assertThat(engine.screen(ScreeningQuery.ofName("Kim Jong Un"), 10, 0.99))
                .allMatch(h -> h.score() >= 0.99);
        assertThat(engine.screen(ScreeningQuery.ofName("Zzyzx Qwerty"), 10, 0.0)).isEmpty();
    }
}
