package io.interdict.casework.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Addresses whose escapes are UTF-8 pass; others are refused naming the part and where. */
class WellFormedAddressesTest {

    @Test
    void escapesOfUtf8TextPass() {
        assertThat(WellFormedAddresses.faultOf("path", "/api/cases/%EA%B9%80%EC%A0%95%EC%9D%80")).isEmpty();
        assertThat(WellFormedAddresses.faultOf("query", "party=Kim%20Jong%20Un&status=IN_TRIAGE")).isEmpty();
        assertThat(WellFormedAddresses.faultOf("query", null)).isEmpty();
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirOffset() {
        assertThat(WellFormedAddresses.faultOf("path", "/api/cases/%C3%28")).hasValueSatisfying(error -> {
            assertThat(error.field()).isEqualTo("path");
            assertThat(error.message()).contains("not UTF-8").contains("byte 11");
        });
        assertThat(WellFormedAddresses.faultOf("query", "party=%FF%FE")).isPresent();
    }

    @Test
    void aPercentSignThatStartsNoEscapeIsRefused() {
        assertThat(WellFormedAddresses.faultOf("query", "party=100%")).hasValueSatisfying(error ->
                assertThat(error.message()).contains("character 9"));
        assertThat(WellFormedAddresses.faultOf("query", "party=%G1")).isPresent();
    }
}
