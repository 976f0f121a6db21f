package io.interdict.casework.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.screening.domain.model.entry.EntityType;
import org.junit.jupiter.api.Test;

/** Fields of a request, as every endpoint reads them: text the database can hold, refusals that quote safely. */
class RequestFieldsTest {

    @Test
    void aValueHoldingTheNulCharacterIsRefusedNamingItsField() {
        RequestFields fields = new RequestFields();
        fields.required("name", "KOMID\u0000", 500);

        assertThatThrownBy(fields::check).isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("name").hasMessageContaining("NUL character");
    }

    @Test
    void aRefusalQuotesTheValueWithoutItsControlCharacters() {
        RequestFields fields = new RequestFields();
        fields.requiredEnum("type", "ent\u0000ity\u0007", EntityType.class);

        assertThatThrownBy(fields::check).isInstanceOf(InvalidRequest.class)
                .satisfies(e -> assertThat(e.getMessage()).contains("'ent\uFFFDity\uFFFD'").doesNotContain("\u0000"));
    }
}
