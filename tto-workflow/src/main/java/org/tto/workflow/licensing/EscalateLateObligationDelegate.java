package org.tto.workflow.licensing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.tto.licensing.LicensingService;

/** The due date passed unfulfilled: mark the obligation late and escalate it to the director. */
@Component
public class EscalateLateObligationDelegate implements JavaDelegate {

    private final LicensingService licensing;

    public EscalateLateObligationDelegate(LicensingService licensing) {
        this.licensing = licensing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        licensing.markLateAndEscalate(((Number) execution.getVariable(
                ObligationWatchProcess.Variables.OBLIGATION_ID)).longValue());
    }
}
