package org.tto.workflow.startup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.tto.startup.StartupService;

/** The start-up is incorporated: the path's end goes into the case's history. */
@Component
public class RecordStartupPathEndDelegate implements JavaDelegate {

    private final StartupService startups;

    public RecordStartupPathEndDelegate(StartupService startups) {
        this.startups = startups;
    }

    @Override
    public void execute(DelegateExecution execution) {
        startups.recordPathEnded(((Number) execution.getVariable(StartupFormationProcess.Variables.STARTUP_ID))
                .longValue());
    }
}
