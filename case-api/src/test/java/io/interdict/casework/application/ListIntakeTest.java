package io.interdict.casework.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.casework.domain.model.lists.StoredListVersion;
import io.interdict.screening.domain.model.ListSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The auto-activate rule: a version of a list it names is put in force on arrival; others wait for an administrator. */
class ListIntakeTest {

    private final List<String> calls = new ArrayList<>();
    private final ListIntake intake = new ListIntake();

    ListIntakeTest() {
        intake.operations = new ListOperations() {
            @Override
            public StoredListVersion receive(ListSource source, String label, byte[] zip, String actor) {
                calls.add("receive " + source.key());
                return null;
            }
        };
    }

    @AfterEach
    void clearRule() {
        System.clearProperty(ListIntake.AUTO_ACTIVATE);
    }

    @Test
    void withoutARuleEveryVersionWaitsForAnAdministrator() {
        assertThat(ListIntake.autoActivated()).isEmpty();
        assertThat(intake.take(ListSource.UN_SC, "2026-12-07", new byte[0], "admin").activation()).isEmpty();
        assertThat(calls).containsExactly("receive un-sc");
    }

    @Test
    void theRuleNamesListsByKeyOrAll() {
        System.setProperty(ListIntake.AUTO_ACTIVATE, " un-sc, uk-ofsi ");
        assertThat(ListIntake.autoActivated()).containsExactlyInAnyOrder(ListSource.UN_SC, ListSource.UK_OFSI);
        System.setProperty(ListIntake.AUTO_ACTIVATE, "ALL");
        assertThat(ListIntake.autoActivated()).containsExactlyInAnyOrder(ListSource.values());
    }

    @Test
    void aMisspeltRuleIsAnErrorNotASilentNothing() {
        System.setProperty(ListIntake.AUTO_ACTIVATE, "us-ofac-sdn,eu-fsf");
        assertThatThrownBy(ListIntake::autoActivated).hasMessageContaining("names no list 'eu-fsf'");
    }
}
