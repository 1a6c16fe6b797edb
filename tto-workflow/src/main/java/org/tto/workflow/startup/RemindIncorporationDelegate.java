package org.tto.workflow.startup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.tto.startup.StartupService;

/** Every 14 days while incorporation is not recorded: remind the officers (the task stays open). */
@Component
public class RemindIncorporationDelegate implements JavaDelegate {

    private final StartupService startups;

    public RemindIncorporationDelegate(StartupService startups) {
        this.startups = startups;
    }

    @Override
    public void execute(DelegateExecution execution) {
        startups.remindIncorporation(((Number) execution.getVariable(StartupFormationProcess.Variables.STARTUP_ID))
                .longValue());
    }
}
