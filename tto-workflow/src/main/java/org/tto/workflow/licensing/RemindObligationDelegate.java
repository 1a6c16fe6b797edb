package org.tto.workflow.licensing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.tto.licensing.LicensingService;

/** An obligation falls due soon: remind the officers (nothing happens if it is already fulfilled). */
@Component
public class RemindObligationDelegate implements JavaDelegate {

    private final LicensingService licensing;

    public RemindObligationDelegate(LicensingService licensing) {
        this.licensing = licensing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        licensing.remindObligation(((Number) execution.getVariable(ObligationWatchProcess.Variables.OBLIGATION_ID))
                .longValue());
    }
}
