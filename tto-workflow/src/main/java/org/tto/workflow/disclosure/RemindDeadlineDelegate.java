package org.tto.workflow.disclosure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.tto.disclosure.CaseNotices;

/** A reminder 90, 30 or 7 days before a deadline (the task's daysBefore input). */
@Component
public class RemindDeadlineDelegate implements JavaDelegate {

    private final CaseNotices notices;

    public RemindDeadlineDelegate(CaseNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.remindDeadline((Long) execution.getVariable(DeadlineWatchProcess.Variables.DEADLINE_ID),
                ((Number) execution.getVariable(DeadlineWatchProcess.Variables.DAYS_BEFORE)).intValue());
    }
}
