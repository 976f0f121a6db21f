package io.interdict.screening.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The screening module's own structure, checked on every build of the module: its packages depend on each other one
 * way only, and it stays a plain library the casework server, the workflow and the command line can all use.
 */
class ScreeningArchitectureTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.interdict.screening");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("io.interdict.screening.(**)").should().beFreeOfCycles()
                .because("a package that its own dependencies depend on cannot be understood, tested or moved alone")
                .check(PRODUCTION);
    }

    @Test
    void theModuleKnowsNothingOfTheServerOrTheWorkflow() {
        noClasses().that().resideInAPackage("io.interdict.screening..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "org.camunda..",
                        "io.interdict.casework..", "io.interdict.workflow..")
                .because("the command-line tool and the benchmarks run the module without an application server")
                .check(PRODUCTION);
    }
}
