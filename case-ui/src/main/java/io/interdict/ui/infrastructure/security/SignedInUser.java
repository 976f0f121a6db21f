package io.interdict.ui.infrastructure.security;

import io.interdict.casework.domain.model.Role;
import java.util.List;

/** The person behind the current browser session, as the identity provider described them. */
public record SignedInUser(String username, String displayName, List<Role> roles) {

    public boolean holds(Role role) {
        return roles.contains(role);
    }
}
