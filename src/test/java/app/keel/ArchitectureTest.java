package app.keel;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules of docs/ARCHITECTURE.md that Spring Modulith does not check itself (module boundaries and cycles are
 * verified in ModulesTest).
 */
class ArchitectureTest {

    private static final JavaClasses KEEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.keel");

    @Test
    void views_never_touch_repositories() {
        ArchRule rule = noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class);
        rule.check(KEEL);
    }

    @Test
    void nothing_depends_on_demo_data() {
        noClasses().that().resideOutsideOfPackage("app.keel.demo..")
                .should().dependOnClassesThat().resideInAPackage("app.keel.demo..").check(KEEL);
    }

    @Test
    void only_the_demo_writes_logbook_history() {
        noClasses().that().resideOutsideOfPackages("app.keel.demo..", "app.keel.logbook..")
                .should().dependOnClassesThat().haveFullyQualifiedName("app.keel.logbook.history.LogbookHistory")
                .because("it writes past days no client could, without checks: demo seeding only")
                .check(KEEL);
    }

    @Test
    void every_public_service_method_is_transactional_and_secured() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().arePublic().and().areNotStatic()
                .and().areDeclaredInClassesThat().haveSimpleNameEndingWith("Service")
                // Public services are the API other modules and views call; the package-private user-details
                // lookup is Spring Security's own entry point, used before anyone is signed in.
                .and().areDeclaredInClassesThat().arePublic()
                .should().beAnnotatedWith(PreAuthorize.class)
                .andShould().beAnnotatedWith(org.springframework.transaction.annotation.Transactional.class)
                .check(KEEL);
    }

    /** Sub-packages of a module need public repositories; no other module may use them. */
    @Test
    void repositories_stay_inside_their_module() {
        classes().that().areAssignableTo(Repository.class).and().resideInAPackage("app.keel..")
                .should(new ArchCondition<JavaClass>("be used only inside their own module") {
                    @Override
                    public void check(JavaClass repository, ConditionEvents events) {
                        String module = moduleOf(repository);
                        repository.getDirectDependenciesToSelf().stream()
                                .filter(dep -> !module.equals(moduleOf(dep.getOriginClass())))
                                .forEach(dep -> events.add(SimpleConditionEvent.violated(dep, dep.getDescription())));
                    }
                })
                .check(KEEL);
    }

    private static String moduleOf(JavaClass type) {
        String[] parts = type.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }

    @Test
    void views_have_exactly_one_access_annotation() {
        classes().that().areAnnotatedWith(com.vaadin.flow.router.Route.class)
                .or().areAnnotatedWith(com.vaadin.flow.router.Layout.class)
                .should(new ExactlyOneAccessAnnotation()).check(KEEL);
    }
}
