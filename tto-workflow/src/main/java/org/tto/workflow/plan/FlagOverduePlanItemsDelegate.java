package org.tto.workflow.plan;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.tto.checkpoint.OverdueWatch;

/** The daily timer's work: one call to the overdue watch, its counts written back for Cockpit's history. */
@Component("flagOverduePlanItemsDelegate")
public class FlagOverduePlanItemsDelegate implements JavaDelegate {

    private final OverdueWatch watch;
    private final Clock clock;

    public FlagOverduePlanItemsDelegate(OverdueWatch watch, Clock clock) {
        this.watch = watch;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OverdueWatch.Result result = watch.flagOverdue(LocalDate.now(clock));
        execution.setVariable(PlanWatchProcess.Variables.OVERDUE_ITEMS, result.overdueItems());
        execution.setVariable(PlanWatchProcess.Variables.OVERDUE_CHECKPOINTS, result.overdueCheckpoints());
        execution.setVariable(PlanWatchProcess.Variables.ESCALATED, result.escalatedToReviewers());
    }
}
