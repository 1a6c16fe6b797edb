package org.tto.workflow.disclosure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.tto.disclosure.DisclosureService;

/** Ends a case with the director's non-filing decision (trade secret, publish, release, abandon...). */
@Component
public class CloseWithDecisionDelegate implements JavaDelegate {

    private final DisclosureService cases;

    public CloseWithDecisionDelegate(DisclosureService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.closeWithDecision((Long) execution.getVariable(InventionDisclosureProcess.Variables.DISCLOSURE_ID));
    }
}
