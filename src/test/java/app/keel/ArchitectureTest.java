package app.keel;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;
import org.springframework.security.access.prepost.PreAuthorize;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The rules of ARCHITECTURE.md that a machine can check. */
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
    void feature_modules_have_no_cycles() {
        slices().matching("app.keel.(*)..").should().beFreeOfCycles().check(KEEL);
    }

    @Test
    void the_shared_kernel_depends_on_no_feature() {
        noClasses().that().resideInAPackage("app.keel.base..")
                .should().dependOnClassesThat().resideInAnyPackage("app.keel.studio..", "app.keel.account..",
                        "app.keel.client..", "app.keel.audit..", "app.keel.demo..")
                .check(KEEL);
    }

    @Test
    void no_module_reaches_into_another_modules_views() {
        noClasses().that().resideInAPackage("app.keel.(*)..").and().resideOutsideOfPackage("app.keel.account.ui..")
                .should().dependOnClassesThat().resideInAPackage("app.keel.account.ui..")
                .allowEmptyShould(true).because("views are internal to their module (the security config excepted)")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("app.keel.client", "app.keel.audit", "app.keel.demo", "app.keel.studio"));
        noClasses().that().resideOutsideOfPackage("app.keel.client.ui..")
                .should().dependOnClassesThat().resideInAPackage("app.keel.client.ui..").check(KEEL);
    }

    @Test
    void nothing_depends_on_demo_data() {
        noClasses().that().resideOutsideOfPackage("app.keel.demo..")
                .should().dependOnClassesThat().resideInAPackage("app.keel.demo..").check(KEEL);
    }

    @Test
    void only_the_demo_writes_logbook_history() {
        noClasses().that().resideOutsideOfPackages("app.keel.demo..", "app.keel.logbook..")
                .should().dependOnClassesThat().haveFullyQualifiedName("app.keel.logbook.LogbookHistory")
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

    @Test
    void repositories_stay_inside_their_module() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(KEEL);
    }

    @Test
    void views_have_exactly_one_access_annotation() {
        classes().that().areAnnotatedWith(com.vaadin.flow.router.Route.class)
                .or().areAnnotatedWith(com.vaadin.flow.router.Layout.class)
                .should(new ExactlyOneAccessAnnotation()).check(KEEL);
    }
}
