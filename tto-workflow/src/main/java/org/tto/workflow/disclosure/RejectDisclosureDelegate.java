package org.tto.workflow.disclosure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.tto.disclosure.DisclosureService;

/** Ends a disclosure the officer rejected as out of scope. */
@Component
public class RejectDisclosureDelegate implements JavaDelegate {

    private final DisclosureService cases;

    public RejectDisclosureDelegate(DisclosureService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.reject((Long) execution.getVariable(InventionDisclosureProcess.Variables.DISCLOSURE_ID));
    }
}
