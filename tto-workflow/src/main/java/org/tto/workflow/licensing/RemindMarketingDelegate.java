package org.tto.workflow.licensing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.tto.licensing.LicensingPathService;

/** Every 30 days of marketing without a chosen prospect, the officers are reminded. */
@Component
public class RemindMarketingDelegate implements JavaDelegate {

    private final LicensingPathService paths;

    public RemindMarketingDelegate(LicensingPathService paths) {
        this.paths = paths;
    }

    @Override
    public void execute(DelegateExecution execution) {
        paths.remindMarketing(((Number) execution.getVariable(LicensingProcess.Variables.PATH_ID)).longValue());
    }
}
