package org.tto.archfixture;

import org.camunda.bpm.engine.ProcessEngine;

/** A deliberate violation, for {@code ArchitectureRulesCatchViolationsTest}: Camunda used outside tto-workflow. */
public class CoreClassUsingCamunda {

    public String name(ProcessEngine engine) {
        return engine.getName();
    }
}
