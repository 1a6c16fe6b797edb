package org.tto.workflow.startup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.tto.startup.StartupService;

/**
 * A start-up path began (opened by an officer, or called from the case's process): the start goes into the case's
 * history, in the name of who started it when the process knows. Refused, and the start rolled back, unless the case
 * is ready for commercialisation.
 */
@Component
public class RecordStartupPathStartDelegate implements JavaDelegate {

    private final StartupService startups;

    public RecordStartupPathStartDelegate(StartupService startups) {
        this.startups = startups;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object startedBy = execution.getVariable(StartupFormationProcess.Variables.STARTED_BY);
        startups.recordPathStarted(((Number) execution.getVariable(StartupFormationProcess.Variables.DISCLOSURE_ID))
                .longValue(), startedBy == null ? null : startedBy.toString());
    }
}
