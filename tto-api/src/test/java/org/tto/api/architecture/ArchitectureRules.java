package org.tto.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;
import org.springframework.web.bind.annotation.RestController;

/**
 * The module direction core &lt;- workflow &lt;- api, told by package: {@code org.tto.workflow..} is tto-workflow,
 * {@code org.tto.api..} is tto-api, the rest of {@code org.tto..} is tto-core.
 */
final class ArchitectureRules {

    static final String WORKFLOW = "org.tto.workflow..";
    static final String API = "org.tto.api..";

    private ArchitectureRules() {}

    static final ArchRule CORE_DEPENDS_ON_NEITHER_WORKFLOW_NOR_API = noClasses()
            .that().resideInAPackage("org.tto..")
            .and().resideOutsideOfPackages(WORKFLOW, API)
            .should().dependOnClassesThat().resideInAnyPackage(WORKFLOW, API)
            .as("tto-core depends on neither tto-workflow nor tto-api");

    static final ArchRule WORKFLOW_DOES_NOT_DEPEND_ON_API = noClasses()
            .that().resideInAPackage(WORKFLOW)
            .should().dependOnClassesThat().resideInAPackage(API)
            .as("tto-workflow does not depend on tto-api");

    static final ArchRule CAMUNDA_STAYS_IN_WORKFLOW = noClasses()
            .that().resideInAPackage("org.tto..")
            .and().resideOutsideOfPackages(WORKFLOW, "org.tto.api.config..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..")
            .as("only tto-workflow (and the app's configuration) uses Camunda, so moving to Operaton is mechanical");

    static final ArchRule STATE_MACHINE_STAYS_IN_WORKFLOW = noClasses()
            .that().resideInAPackage("org.tto..")
            .and().resideOutsideOfPackage(WORKFLOW)
            .should().dependOnClassesThat().resideInAPackage("org.springframework.statemachine..")
            .as("Spring Statemachine is hidden behind tto-workflow's own interface");

    static final ArchRule CORE_HAS_NO_WEB = noClasses()
            .that().resideInAPackage("org.tto..")
            .and().resideOutsideOfPackages(WORKFLOW, API)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..")
            .as("tto-core knows nothing of the web");

    static final ArchRule CONTROLLERS_DO_NOT_TOUCH_REPOSITORIES = noClasses()
            .that().areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .as("controllers call services, never repositories");
}
