package org.tto.workflow.disclosure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.tto.disclosure.CaseNotices;

/** The deadline passed while still open: escalate to the director. */
@Component
public class EscalateMissedDeadlineDelegate implements JavaDelegate {

    private final CaseNotices notices;

    public EscalateMissedDeadlineDelegate(CaseNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.escalateMissedDeadline((Long) execution.getVariable(DeadlineWatchProcess.Variables.DEADLINE_ID));
    }
}
