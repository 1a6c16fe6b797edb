package org.tto.checkpoint;

import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tto.plan.ImplementationPlan;
import org.tto.plan.PlanRepository;
import org.tto.plan.PlanState;
import org.tto.plan.PlanTransitioned;

/**
 * Creates checkpoints when a plan's transitions call for them, in the same transaction: the scheduled ones when the
 * plan first becomes operational (at the plan's months, by default 12, 24 and 36), a re-check when it goes at risk.
 */
@Component
class CheckpointSchedule {

    /** A re-check is due this long after the last remediation item's due date. */
    static final int RECHECK_MONTHS_AFTER_REMEDIATION = 1;

    private final CheckpointRepository checkpoints;
    private final PlanRepository plans;

    CheckpointSchedule(CheckpointRepository checkpoints, PlanRepository plans) {
        this.checkpoints = checkpoints;
        this.plans = plans;
    }

    @EventListener
    void on(PlanTransitioned transition) {
        ImplementationPlan plan = plans.findById(transition.planId()).orElseThrow();
        if (transition.to() == PlanState.OPERATIONAL && transition.from() == PlanState.IMPLEMENTING) {
            LocalDate operationalOn = plan.operationalOn().orElse(transition.on());
            plan.checkpointMonths().forEach(months -> checkpoints.save(
                    SustainabilityCheckpoint.scheduled(plan.id(), months, operationalOn)));
        } else if (transition.to() == PlanState.AT_RISK) {
            long failed = checkpoints.findByPlanIdOrderByDueDateAscIdAsc(plan.id()).stream()
                    .filter(c -> c.verdict().filter(Verdict.FAIL::equals).isPresent())
                    .max(java.util.Comparator.comparing(c -> c.judgedAt().orElseThrow()))
                    .map(SustainabilityCheckpoint::id).orElseThrow();
            LocalDate lastRemediationDue = plan.actionItems().stream()
                    .filter(i -> i.remediationFor().filter(id -> id == failed).isPresent())
                    .map(i -> i.dueDate().orElse(transition.on()))
                    .max(LocalDate::compareTo).orElse(transition.on());
            checkpoints.save(SustainabilityCheckpoint.recheck(plan.id(),
                    lastRemediationDue.plusMonths(RECHECK_MONTHS_AFTER_REMEDIATION)));
        }
    }
}
