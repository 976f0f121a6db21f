package io.interdict.casework.interfaces.rest;

import io.interdict.casework.domain.model.Role;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** What {@code GET /api/me} answers (JSON). */
public final class CallerViews {

    private CallerViews() {
    }

    /** The caller's user name and the roles the API grants them. */
    public record CallerView(String username, List<String> roles) {
    }

    static CallerView of(SecurityContext security) {
        return new CallerView(security.getUserPrincipal().getName(),
                Role.heldBy(security::isUserInRole).stream().map(Role::roleName).toList());
    }
}
