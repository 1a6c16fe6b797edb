package org.tto.workflow.disclosure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;


/** Dockets the deadlines of the recorded filings and starts a watch for each. */
@Component
public class DocketDeadlinesDelegate implements JavaDelegate {

    private final DeadlineWatches watches;

    public DocketDeadlinesDelegate(DeadlineWatches watches) {
        this.watches = watches;
    }

    @Override
    public void execute(DelegateExecution execution) {
        watches.docketAndWatch((Long) execution.getVariable(InventionDisclosureProcess.Variables.DISCLOSURE_ID));
    }
}
