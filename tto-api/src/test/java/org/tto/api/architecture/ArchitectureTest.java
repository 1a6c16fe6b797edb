package org.tto.api.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The architecture rules, checked against every production class of every module. */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tto");
    }

    @Test
    void coreDependsOnNeitherWorkflowNorApi() {
        ArchitectureRules.CORE_DEPENDS_ON_NEITHER_WORKFLOW_NOR_API.check(production);
    }

    @Test
    void workflowDoesNotDependOnApi() {
        ArchitectureRules.WORKFLOW_DOES_NOT_DEPEND_ON_API.check(production);
    }

    @Test
    void camundaStaysInWorkflow() {
        ArchitectureRules.CAMUNDA_STAYS_IN_WORKFLOW.check(production);
    }

    @Test
    void stateMachineStaysInWorkflow() {
        ArchitectureRules.STATE_MACHINE_STAYS_IN_WORKFLOW.check(production);
    }

    @Test
    void coreHasNoWeb() {
        ArchitectureRules.CORE_HAS_NO_WEB.check(production);
    }

    @Test
    void controllersDoNotTouchRepositories() {
        ArchitectureRules.CONTROLLERS_DO_NOT_TOUCH_REPOSITORIES.check(production);
    }

    @Test
    void theProductionClassesOfEveryModuleAreImported() {
        assertThat(production.containPackage("org.tto.identity")).isTrue();
        assertThat(production.containPackage("org.tto.workflow.identity")).isTrue();
        assertThat(production.containPackage("org.tto.api.identity")).isTrue();
    }
}
