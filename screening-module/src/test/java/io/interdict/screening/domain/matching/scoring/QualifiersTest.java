package io.interdict.screening.domain.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.screening.domain.matching.Feature;
import io.interdict.screening.domain.matching.FeatureScore;
import io.interdict.screening.domain.matching.FeatureWeights;
import io.interdict.screening.domain.matching.ListedParties;
import io.interdict.screening.domain.matching.ScreeningQuery;
import io.interdict.screening.domain.model.entry.BirthDate;
import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.ListEntry;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QualifiersTest {

    private final ListEntry kim = ListedParties.kimJongUn();
    private final ScreeningQuery name = ScreeningQuery.ofName("Kim Jong Un");

    @Test
    void typeAgreementAndMismatch() {
        EntityTypeAgreement type = new EntityTypeAgreement(FeatureWeights.defaults());
        assertThat(type.assess(name, kim)).isEmpty();
        assertThat(type.assess(name.withType(EntityType.INDIVIDUAL), kim)).get()
                .extracting(FeatureScore::contribution).isEqualTo(Feature.TYPE_MATCH.defaultWeight());
        FeatureScore mismatch = type.assess(name.withType(EntityType.ENTITY), kim).orElseThrow();
        assertThat(mismatch.feature()).isEqualTo("type_mismatch");
        assertThat(mismatch.contribution()).isEqualTo(Feature.TYPE_MISMATCH.defaultWeight());
        ListEntry ship = ListedParties.vessel("9", "OCEAN STAR").build();
        assertThat(type.assess(name.withType(EntityType.ENTITY), ship).orElseThrow().contribution())
                .isEqualTo(Feature.OBJECT_TYPE_MISMATCH.defaultWeight());
    }

    @Test
    void birthDateAgreementNearConflictAndConflict() {
        BirthDateAgreement dob = new BirthDateAgreement(FeatureWeights.defaults());
        assertThat(dob.assess(name, kim)).isEmpty();
        assertThat(dob.assess(name.withBirthDate(BirthDate.ofYear(1984)), kim).orElseThrow().contribution())
                .isEqualTo(Feature.DOB_MATCH.defaultWeight());
        assertThat(dob.assess(name.withBirthDate(BirthDate.ofYear(1985)), kim).orElseThrow().contribution())
                .isEqualTo(Feature.DOB_NEAR_CONFLICT.defaultWeight());
        FeatureScore conflict = dob.assess(name.withBirthDate(BirthDate.ofDay(1950, 3, 1)), kim).orElseThrow();
        assertThat(conflict.feature()).isEqualTo("dob_conflict");
        assertThat(conflict.contribution()).isEqualTo(Feature.DOB_CONFLICT.defaultWeight());
        assertThat(conflict.detail()).contains("1950-03-01");
    }

    @Test
    void countryFromNationalityOrAddress() {
        CountryAgreement country = new CountryAgreement(FeatureWeights.defaults());
        assertThat(country.assess(name, kim)).isEmpty();
        assertThat(country.assess(name.withCountry("kp"), kim).orElseThrow().contribution())
                .isEqualTo(Feature.COUNTRY_MATCH.defaultWeight());
        assertThat(country.assess(name.withCountry("DE"), kim).orElseThrow().contribution())
                .isEqualTo(Feature.COUNTRY_MISMATCH.defaultWeight());
        ListEntry noCountry = ListedParties.person("8", "DOE, John").build();
        assertThat(country.assess(name.withCountry("DE"), noCountry)).isEmpty();
    }

    @Test
    void weakAliasConfirmationNeedsACloseMatch() {
        WeakAliasConfirmation confirmation = new WeakAliasConfirmation(FeatureWeights.defaults());
        AlignableName[] weak = {AlignableName.of(new io.interdict.screening.domain.matching.normalisation.NameNormaliser()
                .normalise("RYONBONG"), TokenWeights.uniform())};
        AlignableName query = AlignableName.of(new io.interdict.screening.domain.matching.normalisation.NameNormaliser()
                .normalise("Ryeonbong"), TokenWeights.uniform());
        Optional<FeatureScore> confirmed = confirmation.assess(query, weak, new String[] {"RYONBONG"});
        assertThat(confirmed).get().satisfies(f -> {
            assertThat(f.feature()).isEqualTo("weak_alias_confirms");
            assertThat(f.contribution()).isPositive().isLessThanOrEqualTo(Feature.WEAK_ALIAS_CONFIRMS.defaultWeight());
        });
        AlignableName other = AlignableName.of(new io.interdict.screening.domain.matching.normalisation.NameNormaliser()
                .normalise("Pyongyang"), TokenWeights.uniform());
        assertThat(confirmation.assess(other, weak, new String[] {"RYONBONG"})).isEmpty();
    }
}
