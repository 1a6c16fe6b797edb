package org.tto.workflow.licensing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.tto.licensing.LicensingService;

/** The licence is executed: the licensing path's end goes into the case's history. */
@Component
public class RecordLicensingEndDelegate implements JavaDelegate {

    private final LicensingService licensing;

    public RecordLicensingEndDelegate(LicensingService licensing) {
        this.licensing = licensing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        licensing.recordPathEnded(((Number) execution.getVariable(LicensingProcess.Variables.AGREEMENT_ID))
                .longValue());
    }
}
