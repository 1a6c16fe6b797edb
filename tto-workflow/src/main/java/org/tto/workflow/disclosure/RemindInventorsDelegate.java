package org.tto.workflow.disclosure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.tto.disclosure.CaseNotices;

/** The weekly reminder while the inventors owe the officer an answer. */
@Component
public class RemindInventorsDelegate implements JavaDelegate {

    private final CaseNotices notices;

    public RemindInventorsDelegate(CaseNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.remindInventors((Long) execution.getVariable(InventionDisclosureProcess.Variables.DISCLOSURE_ID));
    }
}
