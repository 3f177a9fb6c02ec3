package app.keel.program.dosage;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The engine stays plain Java, so it can be trusted and tested without a framework or a database behind it. */
class DosagePurityTest {

    @Test
    void the_dosage_engine_uses_the_jdk_and_nothing_else() {
        // package-info only carries the module annotation that names the package as an interface.
        classes().that().resideInAPackage("app.keel.program.dosage").and().doNotHaveSimpleName("package-info")
                .should().onlyDependOnClassesThat().resideInAnyPackage("app.keel.program.dosage", "java..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("app.keel.program.dosage"));
    }
}
