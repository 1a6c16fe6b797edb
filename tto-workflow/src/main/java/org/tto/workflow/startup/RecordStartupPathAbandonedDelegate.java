package org.tto.workflow.startup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.tto.startup.StartupService;

/** The plan was declined or the conflict refused: the abandonment and its reason go into the case's history. */
@Component
public class RecordStartupPathAbandonedDelegate implements JavaDelegate {

    private final StartupService startups;

    public RecordStartupPathAbandonedDelegate(StartupService startups) {
        this.startups = startups;
    }

    @Override
    public void execute(DelegateExecution execution) {
        startups.recordPathAbandoned(((Number) execution.getVariable(StartupFormationProcess.Variables.STARTUP_ID))
                .longValue());
    }
}
