package io.interdict.casework.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * JSON bodies checked whole before JSON-B binds them: Yasson never returns from skipping an unknown property whose
 * array or object the body leaves open, so such a body must not reach it.
 */
class WellFormedJsonBodiesTest {

    private static void check(String body) {
        WellFormedJsonBodies.check(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBodyEndingInsideAnUnknownPropertysArrayOrObjectIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> check("{\"x\": [1, 2")).isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("not well-formed JSON").hasMessageContaining("line 1, column");
        assertThatThrownBy(() -> check("{\"name\": \"a\",\n \"x\": {\"a\": 1")).isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void nestingFarDeeperThanAnyRequestAndBytesThatAreNotUtf8AreRefused() {
        assertThatThrownBy(() -> check("[".repeat(65) + "]".repeat(65))).isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("nested deeper than 64 levels");
        byte[] latin1 = "{\"name\": \"Müller\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> WellFormedJsonBodies.check(latin1)).isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("offset 11");
    }

    @Test
    void aStringHoldingTheNulCharacterIsRefusedForPostgresqlCannotStoreIt() {
        assertThatThrownBy(() -> check("{\"name\": \"KOMID\\u0000\"}")).isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("NUL character");
    }

    @Test
    void aWellFormedBodyPasses() {
        assertThatCode(() -> check("{\"name\": \"Ким Чен Ын\", \"identifiers\": [{\"type\": \"IMO\", "
                + "\"value\": \"9256860\"}], \"x\": [[1], {\"a\": null}]}")).doesNotThrowAnyException();
    }
}
