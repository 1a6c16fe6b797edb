package org.tto.api.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.tto.archfixture.CoreClassReachingIntoApi;
import org.tto.archfixture.CoreClassUsingCamunda;

/** The rules are not vacuous: fed a class that breaks them, they fail and name it. */
class ArchitectureRulesCatchViolationsTest {

    @Test
    void aCoreClassDependingOnTheApiBreaksTheModuleDirection() {
        JavaClasses violating = new ClassFileImporter().importClasses(CoreClassReachingIntoApi.class);

        assertThatThrownBy(() -> ArchitectureRules.CORE_DEPENDS_ON_NEITHER_WORKFLOW_NOR_API.check(violating))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("CoreClassReachingIntoApi");
    }

    @Test
    void camundaOutsideWorkflowIsCaught() {
        JavaClasses violating = new ClassFileImporter().importClasses(CoreClassUsingCamunda.class);

        assertThatThrownBy(() -> ArchitectureRules.CAMUNDA_STAYS_IN_WORKFLOW.check(violating))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("CoreClassUsingCamunda");
    }
}
