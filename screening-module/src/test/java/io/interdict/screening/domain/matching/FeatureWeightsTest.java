package io.interdict.screening.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class FeatureWeightsTest {

    @Test
    void theDefaultsAreTheTable() {
        for (Feature f : Feature.values()) {
            assertThat(FeatureWeights.defaults().weight(f)).isEqualTo(f.defaultWeight());
        }
        assertThat(Feature.values()).filteredOn(f -> !f.isQualifier())
                .containsExactly(Feature.NAME_SIMILARITY, Feature.IDENTIFIER_MATCH);
    }

    @Test
    void anOverrideChangesOneWeightInANewTable() {
        FeatureWeights changed = FeatureWeights.defaults().with(Feature.COUNTRY_MISMATCH, -0.3);
        assertThat(changed.weight(Feature.COUNTRY_MISMATCH)).isEqualTo(-0.3);
        assertThat(changed.weight(Feature.COUNTRY_MATCH)).isEqualTo(Feature.COUNTRY_MATCH.defaultWeight());
        assertThat(FeatureWeights.defaults().weight(Feature.COUNTRY_MISMATCH)).isEqualTo(-0.1);
        assertThat(changed).isNotEqualTo(FeatureWeights.defaults())
                .isEqualTo(FeatureWeights.defaults().with(Feature.COUNTRY_MISMATCH, -0.3));
    }

    @Test
    void configurationNamesWeightsByFeatureKeyAndLeavesOtherKeysAlone() {
        Properties configuration = new Properties();
        configuration.setProperty("interdict.matching.weight.dob_near_conflict", " -0.1 ");
        configuration.setProperty("interdict.matching.weight.weak_alias_confirms", "0.08");
        configuration.setProperty("java.version", "17");
        FeatureWeights weights = FeatureWeights.defaults().overriddenBy(configuration);
        assertThat(weights.weight(Feature.DOB_NEAR_CONFLICT)).isEqualTo(-0.1);
        assertThat(weights.weight(Feature.WEAK_ALIAS_CONFIRMS)).isEqualTo(0.08);
        assertThat(weights.weight(Feature.DOB_CONFLICT)).isEqualTo(Feature.DOB_CONFLICT.defaultWeight());
    }

    @Test
    void anUnknownFeatureIsAnErrorNamingTheKey() {
        Properties configuration = new Properties();
        configuration.setProperty("interdict.matching.weight.dob_mismatch", "-0.1");
        assertThatThrownBy(() -> FeatureWeights.defaults().overriddenBy(configuration))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("interdict.matching.weight.dob_mismatch")
                .hasMessageContaining("dob_conflict");
    }

    @Test
    void aValueThatIsNoNumberIsAnErrorNamingTheKey() {
        for (String value : new String[] {"heavy", "", "NaN", "Infinity"}) {
            Properties configuration = new Properties();
            configuration.setProperty("interdict.matching.weight.country_match", value);
            assertThatThrownBy(() -> FeatureWeights.defaults().overriddenBy(configuration))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("interdict.matching.weight.country_match")
                    .hasMessageContaining("'" + value + "'");
        }
    }
}
