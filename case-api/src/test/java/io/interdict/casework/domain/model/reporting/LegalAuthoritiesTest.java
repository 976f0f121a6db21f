package io.interdict.casework.domain.model.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The legal authorities a report proposes for a target's programmes. */
class LegalAuthoritiesTest {

    private final LegalAuthorities shipped = LegalAuthorities.shipped();

    @Test
    void theNorthKoreaProgrammesHaveTheirOrders() {
        assertThat(shipped.forProgrammes(List.of("DPRK3"))).containsExactly("E.O. 13722");
        assertThat(shipped.forProgrammes(List.of("DPRK4", "DPRK2"))).containsExactly("E.O. 13810", "E.O. 13687");
    }

    @Test
    void aTagThatNamesItsOrderGivesIt() {
        assertThat(shipped.forProgrammes(List.of("RUSSIA-EO14024", "UKRAINE-EO13662")))
                .containsExactly("E.O. 14024", "E.O. 13662");
    }

    @Test
    void anAuthorityNamedByTwoProgrammesIsGivenOnce() {
        assertThat(shipped.forProgrammes(List.of("NPWMD", "NPWMD"))).containsExactly("E.O. 13382",
                "Weapons of Mass Destruction Proliferators Sanctions Regulations, 31 C.F.R. part 544");
    }

    @Test
    void anUnknownProgrammeLeavesTheAuthorityToTheDrafter() {
        assertThat(shipped.forProgrammes(List.of("UN-1718"))).isEmpty();
    }

    @Test
    void aMalformedLineIsRefusedNamingIt() {
        assertThatThrownBy(() -> LegalAuthorities.read(new BufferedReader(new StringReader("# c\nDPRK3 E.O. 13722\n"))))
                .hasMessageContaining("line 2");
    }
}
