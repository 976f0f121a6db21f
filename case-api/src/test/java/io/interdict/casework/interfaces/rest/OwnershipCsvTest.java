package io.interdict.casework.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The ownership CSV as the API reads it: one holding a line, bad lines named by their number in the file. */
class OwnershipCsvTest {

    @Test
    void readsOneHoldingALine() {
        assertThat(OwnershipResource.links("owner,owned,percent\nus-ofac-sdn:9345, CUST-1 ,25.5%\nA,B,50\n"))
                .extracting(l -> l.owner() + ">" + l.owned() + "=" + l.percent())
                .containsExactly("us-ofac-sdn:9345>CUST-1=25.5", "A>B=50");
    }

    @Test
    void namesEveryBadLineByItsNumberInTheFile() {
        assertThatThrownBy(() -> OwnershipResource.links("owner,owned,percent\nA,B,150\nA,A,10\nA,B,ten\n"))
                .isInstanceOfSatisfying(InvalidRequest.class, invalid -> assertThat(invalid.errors())
                        .extracting(Problem.FieldError::field).containsExactly("line 2", "line 3", "line 4"));
        assertThatThrownBy(() -> OwnershipResource.links("holder,held,share\nA,B,10\n"))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("owner,owned,percent");
        // a header with an empty or a repeated name is named too, not a server error (found by ApiFuzzIT)
        assertThatThrownBy(() -> OwnershipResource.links("owner,,\nA,B,10\n"))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("owner,owned,percent");
        assertThatThrownBy(() -> OwnershipResource.links("owner,owner,percent\nA,B,10\n"))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("owner,owned,percent");
        assertThatThrownBy(() -> OwnershipResource.links("owner,owned,percent\n"))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("no ownership link");
    }
}
