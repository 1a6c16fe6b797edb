package org.tto.workflow.licensing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.tto.licensing.LicensingPathService;
import org.tto.workflow.licensing.LicensingProcess.Variables;

/** The licensing process started: the path's row is opened and the start goes into the case's history. */
@Component
public class OpenLicensingPathDelegate implements JavaDelegate {

    private final LicensingPathService paths;

    public OpenLicensingPathDelegate(LicensingPathService paths) {
        this.paths = paths;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object startedBy = execution.getVariable(Variables.STARTED_BY);
        long pathId = paths.open(((Number) execution.getVariable(Variables.DISCLOSURE_ID)).longValue(),
                execution.getProcessInstanceId(), startedBy == null ? "system" : startedBy.toString()).id();
        execution.setVariable(Variables.PATH_ID, pathId);
    }
}
