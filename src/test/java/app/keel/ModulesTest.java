package app.keel;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature modules as Spring Modulith sees them: every direct subpackage of app.keel is a module whose root
 * package is its API; reaching into another module's internals, or a cycle between modules, fails the build.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(KeelApplication.class);

    @Test
    void modules_respect_each_others_boundaries() {
        MODULES.verify();
    }

    /** Keeps docs/modules current: the component diagram and one canvas per module, written on every build. */
    @Test
    void module_documentation_is_written_to_docs() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
