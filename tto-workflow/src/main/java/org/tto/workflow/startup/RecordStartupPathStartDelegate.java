package org.tto.workflow.startup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.tto.startup.StartupService;

/**
 * A start-up path began (opened by an officer, or called from the case's process): the start goes into the case's
 * history. Refused, and the start rolled back, unless the case is ready for commercialisation.
 */
@Component
public class RecordStartupPathStartDelegate implements JavaDelegate {

    private final StartupService startups;

    public RecordStartupPathStartDelegate(StartupService startups) {
        this.startups = startups;
    }

    @Override
    public void execute(DelegateExecution execution) {
        startups.recordPathStarted(((Number) execution.getVariable(StartupFormationProcess.Variables.DISCLOSURE_ID))
                .longValue());
    }
}
