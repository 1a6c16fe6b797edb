package org.tto.workflow.licensing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.tto.licensing.LicensingService;

/** The daily sweep's work: one call to the late sweep, its count written back for the history. */
@Component
public class SweepLateObligationsDelegate implements JavaDelegate {

    private final LicensingService licensing;

    public SweepLateObligationsDelegate(LicensingService licensing) {
        this.licensing = licensing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ObligationSweepProcess.Variables.MARKED_LATE, licensing.sweepLate());
    }
}
