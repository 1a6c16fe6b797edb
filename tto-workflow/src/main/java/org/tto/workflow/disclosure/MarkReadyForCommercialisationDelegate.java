package org.tto.workflow.disclosure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.tto.disclosure.DisclosureService;

/** Filed and docketed: the case is ready for licensing or a start-up. */
@Component
public class MarkReadyForCommercialisationDelegate implements JavaDelegate {

    private final DisclosureService cases;

    public MarkReadyForCommercialisationDelegate(DisclosureService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.markReadyForCommercialisation((Long) execution.getVariable(InventionDisclosureProcess.Variables.DISCLOSURE_ID));
    }
}
