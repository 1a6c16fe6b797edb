package org.tto.workflow.licensing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.tto.licensing.LicensingPathService;

/** The licence is executed: the licensing path's end goes into the case's history. */
@Component
public class RecordLicensingEndDelegate implements JavaDelegate {

    private final LicensingPathService paths;

    public RecordLicensingEndDelegate(LicensingPathService paths) {
        this.paths = paths;
    }

    @Override
    public void execute(DelegateExecution execution) {
        paths.recordExecuted(((Number) execution.getVariable(LicensingProcess.Variables.PATH_ID)).longValue());
    }
}
