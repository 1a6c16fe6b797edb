package org.tto.checkpoint;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tto.identity.Actor;
import org.tto.identity.Role;
import org.tto.plan.ImplementationPlan;
import org.tto.plan.PlanAccess;
import org.tto.plan.PlanEvent;
import org.tto.plan.PlanRepository;
import org.tto.plan.PlanService;
import org.tto.plan.PlanService.NewActionItem;
import org.tto.plan.PlanState;
import org.tto.plan.PlanTransition;
import org.tto.plan.SustainabilityIndicator;
import org.tto.plan.Target;
import org.tto.shared.ForbiddenException;
import org.tto.shared.NotFoundException;
import org.tto.shared.RuleViolationException;

/**
 * Sustainability checkpoints: the coordinator submits the figures, a reviewer gives the verdict. A fail sends the
 * plan at risk with its remediation items; a pass lets the plan recover (after a re-check) or become sustainable (the
 * last checkpoint), whichever the state machine allows now.
 */
@Service
@Transactional
public class CheckpointService {

    private final CheckpointRepository checkpoints;
    private final PlanRepository plans;
    private final PlanService planService;
    private final CheckpointFigures figures;
    private final Clock clock;

    public CheckpointService(CheckpointRepository checkpoints, PlanRepository plans, PlanService planService,
            CheckpointFigures figures, Clock clock) {
        this.checkpoints = checkpoints;
        this.plans = plans;
        this.planService = planService;
        this.figures = figures;
        this.clock = clock;
    }

    /** A checkpoint with the plan it belongs to, as a reviewer's queue shows it. */
    public record CheckpointView(SustainabilityCheckpoint checkpoint, long planId, String institutionCode,
            String countryCode, PlanState planState) {

        static CheckpointView of(SustainabilityCheckpoint checkpoint, ImplementationPlan plan) {
            checkpoint.values().size();
            checkpoint.conditions().size();
            return new CheckpointView(checkpoint, plan.id(), plan.institution().code(), plan.countryCode(),
                    plan.state());
        }
    }

    /** The verdict as a reviewer gives it; remediation items only with a fail, conditions only with a conditional. */
    public record GiveVerdict(Verdict verdict, String comments, String reasons, List<Condition> conditions,
            List<NewActionItem> remediation) {}

    @Transactional(readOnly = true)
    public List<CheckpointView> forPlan(Actor actor, long planId) {
        ImplementationPlan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        PlanAccess.requireRead(actor, plan);
        return checkpoints.findByPlanIdOrderByDueDateAscIdAsc(planId).stream()
                .map(c -> CheckpointView.of(c, plan)).toList();
    }

    @Transactional(readOnly = true)
    public CheckpointView get(Actor actor, long checkpointId) {
        SustainabilityCheckpoint checkpoint = checkpoint(checkpointId);
        ImplementationPlan plan = planOf(actor, checkpoint);
        return CheckpointView.of(checkpoint, plan);
    }

    /** The reviewer's queue: submitted checkpoints awaiting a verdict, oldest submission first. */
    @Transactional(readOnly = true)
    public List<CheckpointView> awaitingVerdict(Actor actor) {
        if (!actor.is(Role.REVIEWER, Role.ADMIN)) {
            throw new ForbiddenException("The queue of checkpoints awaiting a verdict is for programme reviewers");
        }
        return checkpoints.findByStatusOrderBySubmittedAtAsc(CheckpointStatus.SUBMITTED).stream()
                .map(c -> CheckpointView.of(c, plans.findById(c.planId()).orElseThrow())).toList();
    }

    /**
     * What the records say each indicator of the checkpoint is: as of its due date once that has passed, else as
     * of today. A submitted checkpoint keeps what was computed when it was submitted.
     */
    @Transactional(readOnly = true)
    public Map<SustainabilityIndicator, CheckpointFigures.Computed> computed(Actor actor, long checkpointId) {
        SustainabilityCheckpoint checkpoint = checkpoint(checkpointId);
        ImplementationPlan plan = planOf(actor, checkpoint);
        return figures.compute(plan, asOf(checkpoint));
    }

    /** Records that a condition of a conditional pass was met (the country's coordinator). */
    public CheckpointView meetCondition(Actor actor, long checkpointId, int position, LocalDate metOn) {
        SustainabilityCheckpoint checkpoint = checkpoint(checkpointId);
        ImplementationPlan plan = planOf(actor, checkpoint);
        PlanAccess.requireManage(actor, plan);
        LocalDate on = metOn == null ? LocalDate.now(clock) : metOn;
        if (on.isAfter(LocalDate.now(clock))) {
            throw new org.tto.shared.InvalidInputException("metOn", "A condition is met on a day that has come.");
        }
        checkpoint.meetCondition(position, on);
        checkpoints.flush();
        return CheckpointView.of(checkpoint, plan);
    }

    private LocalDate asOf(SustainabilityCheckpoint checkpoint) {
        LocalDate today = LocalDate.now(clock);
        return checkpoint.dueDate().isBefore(today) ? checkpoint.dueDate() : today;
    }

    /** The coordinator's figures: a value for every indicator, measured against the plan's targets. */
    public CheckpointView submit(Actor actor, long checkpointId, Map<SustainabilityIndicator, BigDecimal> values) {
        SustainabilityCheckpoint checkpoint = checkpoint(checkpointId);
        ImplementationPlan plan = planOf(actor, checkpoint);
        PlanAccess.requireManage(actor, plan);
        if (plan.state() != PlanState.OPERATIONAL && plan.state() != PlanState.AT_RISK) {
            throw new RuleViolationException("plan-operational",
                    "Checkpoints are submitted while the plan is operational or at risk; it is " + plan.state());
        }
        Set<SustainabilityIndicator> missing = EnumSet.allOf(SustainabilityIndicator.class);
        missing.removeAll(values.keySet());
        if (!missing.isEmpty()) {
            throw new RuleViolationException("every-indicator-reported", "No value was reported for " + missing);
        }
        List<IndicatorValue> submitted = new ArrayList<>();
        Map<SustainabilityIndicator, CheckpointFigures.Computed> computed = figures.compute(plan, asOf(checkpoint));
        for (SustainabilityIndicator indicator : SustainabilityIndicator.values()) {
            BigDecimal value = indicator.requireInRange("values." + indicator, values.get(indicator));
            Target target = plan.targets().get(indicator);
            CheckpointFigures.Computed figure = computed.get(indicator);
            submitted.add(new IndicatorValue(indicator, value, target.value(), target.unit(),
                    figure == null ? null : figure.value(), figure == null ? null : figure.basis()));
        }
        checkpoint.submit(submitted, actor.username(), Instant.now(clock));
        checkpoints.flush();
        return CheckpointView.of(checkpoint, plan);
    }

    /** A reviewer's verdict, and what follows from it for the plan (in the same transaction, or not at all). */
    public List<PlanTransition> judge(Actor actor, long checkpointId, GiveVerdict verdict) {
        SustainabilityCheckpoint checkpoint = checkpoint(checkpointId);
        ImplementationPlan plan = planOf(actor, checkpoint);
        PlanAccess.requireJudge(actor, plan);
        if (verdict.verdict() != Verdict.FAIL && verdict.remediation() != null && !verdict.remediation().isEmpty()) {
            throw new IllegalArgumentException("remediation items come with a fail verdict only");
        }
        checkpoint.judge(verdict.verdict(), actor.username(), Instant.now(clock), verdict.comments(),
                verdict.reasons(), verdict.conditions());
        checkpoints.flush();
        return switch (verdict.verdict()) {
            case FAIL -> List.of(planService.checkpointFailed(actor, plan.id(), checkpoint.id(),
                    verdict.remediation() == null ? List.of() : verdict.remediation(), verdict.reasons()));
            case PASS -> planService.fireAllowed(actor, plan.id(), PlanEvent.RECOVER, PlanEvent.DECLARE_SUSTAINABLE);
            case CONDITIONAL -> List.of();
        };
    }

    private SustainabilityCheckpoint checkpoint(long id) {
        return checkpoints.findById(id).orElseThrow(() -> new NotFoundException("checkpoint", id));
    }

    private ImplementationPlan planOf(Actor actor, SustainabilityCheckpoint checkpoint) {
        ImplementationPlan plan = plans.findById(checkpoint.planId()).orElseThrow();
        try {
            PlanAccess.requireRead(actor, plan);
        } catch (NotFoundException e) {
            throw new NotFoundException("checkpoint", checkpoint.id());
        }
        return plan;
    }
}
