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

    @Test
    void roleNamesMatchTheIdentityProvidersRealmRoles() {
        assertThat(Role.values()).extracting(Role::roleName)
                .containsExactly("analyst", "manager", "auditor", "admin", "screening-service");
        assertThat(Role.SCREENING_SERVICE.roleName()).isEqualTo(Role.SCREENING_SERVICE_NAME);
    }
}
