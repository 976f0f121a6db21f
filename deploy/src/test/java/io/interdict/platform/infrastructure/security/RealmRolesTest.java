package io.interdict.platform.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.interdict.casework.domain.model.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The roles the code authorises are the roles the identity provider grants: the realm shipped in
 * {@code deploy/src/main/keycloak/interdict-realm.json} defines exactly {@link Role}'s roles, and every
 * {@code @RolesAllowed} on a REST resource or a view names one of them (a typo would lock everybody out).
 */
class RealmRolesTest {

    private static Set<String> realmRoles() throws IOException {
        try (Reader in = Files.newBufferedReader(Path.of("src/main/keycloak/interdict-realm.json"))) {
            JsonObject realm = Json.createReader(in).readObject();
            Set<String> names = new TreeSet<>();
            realm.getJsonObject("roles").getJsonArray("realm").getValuesAs(JsonObject.class)
                    .forEach(role -> names.add(role.getString("name")));
            names.removeIf(name -> name.startsWith("default-roles-") || name.equals("offline_access")
                    || name.equals("uma_authorization"));
            return names;
        }
    }

    @Test
    void theRealmDefinesExactlyTheRolesTheCodeKnows() throws IOException {
        assertThat(realmRoles()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Role.values()).map(Role::roleName).toList());
    }

    @Test
    void everyRoleAllowedAnywhereIsARealmRole() throws IOException {
        Set<String> granted = realmRoles();
        List<String> unknown = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.interdict").stream()
                .flatMap(RealmRolesTest::rolesAllowedOn)
                .filter(role -> !granted.contains(role)).toList();
        assertThat(unknown).isEmpty();
        assertThat(new ClassFileImporter().importPackages("io.interdict.casework.interfaces.rest").stream()
                .flatMap(RealmRolesTest::rolesAllowedOn).distinct()).as("the REST API is protected by roles")
                .contains("analyst", "manager", "auditor", "admin", "screening-service");
    }

    private static Stream<String> rolesAllowedOn(JavaClass type) {
        Stream<RolesAllowed> onClass = type.tryGetAnnotationOfType(RolesAllowed.class).stream();
        Stream<RolesAllowed> onMembers = type.getMembers().stream().map(JavaMember.class::cast)
                .flatMap(member -> member.tryGetAnnotationOfType(RolesAllowed.class).stream());
        return Stream.concat(onClass, onMembers).flatMap(allowed -> Arrays.stream(allowed.value()));
    }
}
