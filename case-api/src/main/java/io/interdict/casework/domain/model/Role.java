package io.interdict.casework.domain.model;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Who works with Interdict: four kinds of people, and the systems that send parties to be screened. Each is a realm
 * role in the identity provider and, through WildFly's OIDC client, a Jakarta security role of the same name.
 */
public enum Role {
    ANALYST("analyst"),
    MANAGER("manager"),
    AUDITOR("auditor"),
    ADMIN("admin"),
    /**
     * A system - core banking, a payment gateway, an onboarding service - that screens parties with a token of its
     * own (client credentials): it may submit screenings and batches and read its own batches, and sees no cases.
     */
    SCREENING_SERVICE("screening-service");

    /** Spelled out for {@code @RolesAllowed}, which needs constants. */
    public static final String SCREENING_SERVICE_NAME = "screening-service";

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The role's name as the identity provider and {@code @RolesAllowed} spell it. */
    public String roleName() {
        return roleName;
    }

    /**
     * The roles a caller holds, asked one by one: Jakarta Security can answer "is the caller in role X"
     * but has no portable way to list a caller's roles.
     */
    public static List<Role> heldBy(Predicate<String> isCallerInRole) {
        return Arrays.stream(values()).filter(role -> isCallerInRole.test(role.roleName)).toList();
    }
}
