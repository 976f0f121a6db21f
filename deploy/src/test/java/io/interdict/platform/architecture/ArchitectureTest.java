package io.interdict.platform.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The rules the code's structure keeps, checked on every build: a new class that breaks one fails here, not in a
 * review. The screening module's own package cycles are checked by its own build
 * ({@code screening-module}'s {@code ScreeningArchitectureTest}), so that a cycle fails there before it gets here.
 */
class ArchitectureTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.interdict");

    @Test
    void theScreeningCoreIsAPlainLibrary() {
        noClasses().that().resideInAPackage("io.interdict.screening..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax.ejb..", "org.camunda..",
                        "io.interdict.casework..", "io.interdict.workflow..", "io.interdict.ui..")
                .check(PRODUCTION);
    }

    @Test
    void theDomainNeverReachesOutToInfrastructureOrInterfaces() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..infrastructure..", "..interfaces..",
                        "org.camunda..")
                .check(PRODUCTION);
    }

    @Test
    void useCasesDependOnPortsNotOnAdapters() {
        noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage("io.interdict.casework.infrastructure..",
                        "io.interdict.workflow..", "..interfaces..", "org.camunda..")
                .check(PRODUCTION);
    }

    /**
     * One exception: a concurrent change is only detected when the transaction commits, after the use case has
     * returned, so the REST layer maps JPA's optimistic-lock failure to 409 itself.
     */
    @Test
    void restResourcesNeverTouchPersistence() {
        noClasses().that().resideInAPackage("..interfaces.rest..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("jakarta.persistence..",
                                "..infrastructure..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(OptimisticLockException.class))))
                .check(PRODUCTION);
    }

    @Test
    void timeIsReadFromTheInjectedClock() {
        noClasses().that().resideInAnyPackage("io.interdict.casework..", "io.interdict.workflow..")
                .and().doNotHaveSimpleName("SystemClock")
                .should().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Instant.class, "now")
                .check(PRODUCTION);
    }

    @Test
    void modulesDoNotDependOnEachOtherInCircles() {
        slices().matching("io.interdict.(*)..").should().beFreeOfCycles().check(PRODUCTION);
    }

    @Test
    void caseworkAndWorkflowPackagesAreFreeOfCycles() {
        slices().matching("io.interdict.(casework|workflow).(**)").should().beFreeOfCycles().check(PRODUCTION);
    }
}
