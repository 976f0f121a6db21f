package io.interdict.casework.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.casework.domain.model.cases.AlertReasons.FeatureContribution;
import io.interdict.casework.domain.model.cases.AlertReasons.TokenAlignment;
import io.interdict.casework.domain.model.cases.AlertReasons;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stored shape of an alert's reasons: pinned field by field, and every older shape still read. */
class AlertReasonsConverterTest {

    private static final AlertReasons KOMID = new AlertReasons("KOREA MINING DEVELOPMENT TRADING CORPORATION",
            "1.0000 un-sc:KPe.001 \"KOMID\" [komid=komid 1.00 EXACT]",
            List.of(new TokenAlignment("komid", "komid", 1.0, "EXACT")),
            List.of(new FeatureContribution("name", 1.0, 1.0, 1.0, "all tokens aligned")));

    private final AlertReasonsConverter converter = new AlertReasonsConverter();

    @Test
    void reasonsAreStoredInVersionOneWithTheirFieldNamesWrittenOut() {
        assertThat(converter.convertToDatabaseColumn(KOMID)).isEqualTo("{\"v\":1,"
                + "\"primaryName\":\"KOREA MINING DEVELOPMENT TRADING CORPORATION\","
                + "\"explanation\":\"1.0000 un-sc:KPe.001 \\\"KOMID\\\" [komid=komid 1.00 EXACT]\","
                + "\"tokens\":[{\"query\":\"komid\",\"list\":\"komid\",\"similarity\":1.0,\"kind\":\"EXACT\"}],"
                + "\"features\":[{\"feature\":\"name\",\"value\":1.0,\"weight\":1.0,\"contribution\":1.0,"
                + "\"detail\":\"all tokens aligned\"}]}");
    }

    @Test
    void whatIsStoredReadsBackAsItWas() {
        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(KOMID))).isEqualTo(KOMID);
    }

    @Test
    void reasonsStoredBeforeVersionsInTheApiHitViewOfThatTimeAreStillRead() {
        String storedBefore = "{\"entityType\":\"entity\",\"explanation\":\"1.0000 un-sc:KPe.001 \\\"KOMID\\\""
                + " [komid=komid 1.00 EXACT]\",\"features\":[{\"contribution\":1.0,\"detail\":\"all tokens aligned\","
                + "\"feature\":\"name\",\"value\":1.0,\"weight\":1.0}],\"listVersion\":\"2026-02-27\","
                + "\"matchedName\":\"KOMID\",\"primaryName\":\"KOREA MINING DEVELOPMENT TRADING CORPORATION\","
                + "\"programmes\":[\"DPRK\"],\"score\":1.0,\"source\":\"un-sc\",\"sourceId\":\"KPe.001\","
                + "\"tokens\":[{\"kind\":\"EXACT\",\"listToken\":\"komid\",\"queryToken\":\"komid\","
                + "\"similarity\":1.0}]}";

        assertThat(converter.convertToEntityAttribute(storedBefore)).isEqualTo(KOMID);
    }

    @Test
    void aVersionFromANewerServerIsRefusedSayingSo() {
        assertThatThrownBy(() -> converter.convertToEntityAttribute("{\"v\":7,\"explanation\":\"?\"}"))
                .hasMessageContaining("version 7").hasMessageContaining("up to 1");
    }

    @Test
    void noReasonsStayNone() {
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }
}
