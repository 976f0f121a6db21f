package io.interdict.casework.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void listsOnlyTheRolesTheCallerHolds() {
        Set<String> granted = Set.of("analyst", "manager", "offline_access");

        assertThat(Role.heldBy(granted::contains)).containsExactly(Role.ANALYST, Role.MANAGER);
    }
}
