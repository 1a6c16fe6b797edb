package org.tto.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.Hibernate;
import org.hibernate.StaleStateException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tto.identity.Actor;
import org.tto.identity.Role;
import org.tto.institution.Institution;
import org.tto.institution.InstitutionRepository;
import org.tto.shared.ConcurrentChangeException;
import org.tto.shared.ForbiddenException;
import org.tto.shared.NotFoundException;
import org.tto.shared.RuleViolationException;
import org.tto.shared.RuleViolationException.RuleResult;

/**
 * Commands and queries on implementation plans, each scoped by the acting user. Every transition goes through the
 * state machine ({@link PlanTransitions}): an accepted one is appended to the plan's history, a refused one changes
 * nothing and says which rules failed.
 */
@Service
@Transactional
public class PlanService {

    private final PlanRepository plans;
    private final InstitutionRepository institutions;
    private final PlanTransitions transitions;
    private final CheckpointStandings standings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EntityManager entityManager;

    public PlanService(PlanRepository plans, InstitutionRepository institutions, PlanTransitions transitions,
            CheckpointStandings standings, ApplicationEventPublisher events, Clock clock,
            EntityManager entityManager) {
        this.entityManager = entityManager;
        this.plans = plans;
        this.institutions = institutions;
        this.transitions = transitions;
        this.standings = standings;
        this.events = events;
        this.clock = clock;
    }

    /** A plan with what the caller needs to act on it now. */
    public record PlanView(ImplementationPlan plan, Set<PlanEvent> allowedEvents, Progress progress,
            CheckpointStanding checkpoints) {}

    /** Mandatory items done out of all mandatory items, and how many open items are past their due date. */
    public record Progress(int mandatoryDone, int mandatoryTotal, int overdue) {

        static Progress of(ImplementationPlan plan, LocalDate today) {
            List<ActionItem> mandatory = plan.actionItems().stream().filter(ActionItem::mandatory).toList();
            return new Progress((int) mandatory.stream().filter(ActionItem::isDoneWithEvidence).count(),
                    mandatory.size(), (int) plan.actionItems().stream().filter(i -> i.isOverdue(today)).count());
        }
    }

    /** An action item to add: remediation items are always mandatory. */
    public record NewActionItem(String title, CapabilityDimension dimension, String owner, LocalDate dueDate,
            boolean mandatory) {}

    // --- queries --------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<PlanView> list(Actor actor, String countryCode, String institutionCode) {
        List<ImplementationPlan> found;
        if (institutionCode != null) {
            Institution institution = institutions.findByCode(institutionCode)
                    .filter(i -> actor.canSee(i.id(), i.countryCode()))
                    .orElseThrow(() -> new NotFoundException("institution", institutionCode));
            found = plans.findByInstitutionCode(institution.code()).stream().toList();
        } else if (countryCode != null) {
            if (!actor.canSeeCountry(countryCode)) {
                throw new NotFoundException("country", countryCode);
            }
            found = plans.findByCountry(countryCode);
        } else {
            found = plans.findAllWithInstitution();
        }
        if (actor.is(Role.INVENTOR)) {
            throw new ForbiddenException("Inventors do not see implementation plans");
        }
        return found.stream().filter(p -> actor.canSee(p.institution().id(), p.countryCode())).map(this::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public PlanView get(Actor actor, long planId) {
        ImplementationPlan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        PlanAccess.requireRead(actor, plan);
        return view(plan);
    }

    private PlanView view(ImplementationPlan plan) {
        loadAll(plan);
        CheckpointStanding standing = standings.of(plan.id());
        // asked of the machine, with a placeholder reason: suspending and closing are offered, and need a reason
        Set<PlanEvent> allowed = transitions.allowedEvents(plan.state(), PlanFacts.of(plan, standing, "(reason)"))
                .stream().filter(PlanEvent::isCommand)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PlanEvent.class)));
        return new PlanView(plan, allowed, Progress.of(plan, LocalDate.now(clock)), standing);
    }

    /** Views leave the transaction: everything they show is loaded now (the API has no open session). */
    private static ActionItem loaded(ActionItem item) {
        item.evidence().size();
        return item;
    }

    private static void loadAll(ImplementationPlan plan) {
        Hibernate.initialize(plan.institution());
        plan.actionItems().forEach(item -> item.evidence().size());
        plan.findings().size();
        plan.targets().size();
        plan.budget().size();
        plan.history().size();
        plan.notifications().size();
    }

    // --- commands -------------------------------------------------------------------------------------------------

    public ImplementationPlan open(Actor actor, String institutionCode, List<Integer> checkpointMonths) {
        Institution institution = institutions.findByCode(institutionCode)
                .filter(i -> actor.canSee(i.id(), i.countryCode()))
                .orElseThrow(() -> new NotFoundException("institution", institutionCode));
        if (!actor.is(Role.COORDINATOR, Role.ADMIN)) {
            throw new ForbiddenException("Only the country's coordinator opens an implementation plan");
        }
        if (plans.existsByInstitutionId(institution.id())) {
            throw new RuleViolationException("one-plan-per-institution",
                    institution.code() + " already has an implementation plan");
        }
        return plans.save(new ImplementationPlan(institution, checkpointMonths, Instant.now(clock)));
    }

    public ImplementationPlan recordFinding(Actor actor, long planId, CapabilityDimension dimension, String finding) {
        return recordFinding(actor, planId, dimension, finding, null);
    }

    /**
     * Edits of a plan carry the plan's version as the editor read it ({@code readVersion}; null from the
     * application's own callers): an edit made on an older version is refused, never silently lost.
     */
    public ImplementationPlan recordFinding(Actor actor, long planId, CapabilityDimension dimension, String finding,
            Long readVersion) {
        ImplementationPlan plan = managed(actor, planId);
        ConcurrentChangeException.requireCurrent("plan", plan.version(), readVersion);
        claim(plan);
        plan.recordFinding(dimension, finding);
        return plan;
    }

    public ActionItem addActionItem(Actor actor, long planId, NewActionItem item) {
        ImplementationPlan plan = managed(actor, planId);
        claim(plan);
        ActionItem added = plan.addActionItem(item.title(), item.dimension(), item.owner(), item.dueDate(),
                item.mandatory());
        plans.flush();
        return loaded(added);
    }

    public ActionItem updateActionItem(Actor actor, long planId, long itemId, NewActionItem item) {
        return updateActionItem(actor, planId, itemId, item, null);
    }

    public ActionItem updateActionItem(Actor actor, long planId, long itemId, NewActionItem item,
            Long readVersion) {
        ImplementationPlan plan = managed(actor, planId);
        ConcurrentChangeException.requireCurrent("plan", plan.version(), readVersion);
        claim(plan);
        plan.updateActionItem(itemId, item.title(), item.dimension(), item.owner(), item.dueDate(), item.mandatory());
        return loaded(plan.actionItem(itemId));
    }

    /** Marks an action item as a programme milestone (or, with null, no longer one), on the plan's version as read. */
    public ActionItem markMilestone(Actor actor, long planId, long itemId, Milestone milestone, Long readVersion) {
        ImplementationPlan plan = managed(actor, planId);
        ConcurrentChangeException.requireCurrent("plan", plan.version(), readVersion);
        claim(plan);
        plan.actionItem(itemId).markMilestone(milestone);
        plans.flush();
        return loaded(plan.actionItem(itemId));
    }

    public ActionItem completeActionItem(Actor actor, long planId, long itemId, List<String> evidence,
            LocalDate completedOn) {
        ImplementationPlan plan = managed(actor, planId);
        claim(plan);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = completedOn == null ? today : completedOn;
        if (on.isAfter(today)) {
            throw new IllegalArgumentException("an action item cannot be completed in the future");
        }
        plan.completeActionItem(itemId, evidence, on);
        return loaded(plan.actionItem(itemId));
    }

    public BudgetLine addBudgetLine(Actor actor, long planId, String description, BigDecimal amount, String currency,
            FundingSource source) {
        ImplementationPlan plan = managed(actor, planId);
        claim(plan);
        BudgetLine line = plan.addBudgetLine(description, amount, currency, source);
        plans.flush();
        return line;
    }

    public ImplementationPlan setTarget(Actor actor, long planId, SustainabilityIndicator indicator,
            BigDecimal value) {
        return setTarget(actor, planId, indicator, value, null);
    }

    public ImplementationPlan setTarget(Actor actor, long planId, SustainabilityIndicator indicator,
            BigDecimal value, Long readVersion) {
        ImplementationPlan plan = managed(actor, planId);
        ConcurrentChangeException.requireCurrent("plan", plan.version(), readVersion);
        claim(plan);
        plan.setTarget(indicator, value);
        return plan;
    }

    /** A coordinator's command: the event goes to the state machine, which accepts it or says which rules failed. */
    public PlanTransition fire(Actor actor, long planId, PlanEvent event, String reason) {
        ImplementationPlan plan = managed(actor, planId);
        if (!event.isCommand()) {
            throw new RuleViolationException("sent-by-verdict",
                    event + " follows from a reviewer's fail verdict; it is not a command");
        }
        return transition(plan, event, actor, reason);
    }

    /**
     * A reviewer failed a checkpoint: its remediation items are added to the plan and the plan goes at risk. Refused
     * (and nothing saved) when the machine refuses, e.g. without remediation items.
     */
    public PlanTransition checkpointFailed(Actor reviewer, long planId, long checkpointId,
            List<NewActionItem> remediation, String reasons) {
        ImplementationPlan plan = forCommand(planId);
        PlanAccess.requireJudge(reviewer, plan);
        claim(plan);
        for (NewActionItem item : remediation) {
            plan.addRemediationItem(checkpointId, item.title(), item.dimension(), item.owner(), item.dueDate());
        }
        return transition(plan, PlanEvent.CHECKPOINT_FAILED, reviewer, reasons);
    }

    /**
     * After a pass verdict, fires each of the given events, in order, that the machine allows at that moment
     * (recovering from at risk, becoming sustainable); none if it allows none.
     */
    public List<PlanTransition> fireAllowed(Actor reviewer, long planId, PlanEvent... candidates) {
        ImplementationPlan plan = forCommand(planId);
        PlanAccess.requireJudge(reviewer, plan);
        List<PlanTransition> fired = new ArrayList<>();
        for (PlanEvent event : candidates) {
            PlanFacts facts = PlanFacts.of(plan, standings.of(planId), "checkpoint passed");
            if (transitions.allowedEvents(plan.state(), facts).contains(event)) {
                fired.add(transition(plan, event, reviewer, "checkpoint passed"));
            }
        }
        return fired;
    }

    private PlanTransition transition(ImplementationPlan plan, PlanEvent event, Actor actor, String reason) {
        plans.flush();
        PlanFacts facts = PlanFacts.of(plan, standings.of(plan.id()), reason);
        PlanState from = plan.state();
        PlanTransitions.Decision decision = transitions.decide(from, event, facts);
        if (!decision.accepted()) {
            List<RuleResult> failed = decision.rules().stream().filter(r -> !r.passed()).toList();
            throw new RuleViolationException(event + " refused while the plan is " + from + ": "
                    + failed.stream().map(RuleResult::rule).toList(), decision.rules());
        }
        claim(plan);
        LocalDate today = LocalDate.now(clock);
        PlanTransition transition = plan.apply(event, decision.target(), actor.username(), reason,
                Instant.now(clock), today);
        plans.flush();
        events.publishEvent(new PlanTransitioned(plan.id(), event, from, decision.target(), actor.username(), today));
        return transition;
    }

    private ImplementationPlan managed(Actor actor, long planId) {
        ImplementationPlan plan = forCommand(planId);
        PlanAccess.requireManage(actor, plan);
        return plan;
    }

    private ImplementationPlan forCommand(long planId) {
        return plans.findById(planId).orElseThrow(() -> new NotFoundException("plan", planId));
    }

    /**
     * Optimistic locking, claimed before the first write: the plan's version is incremented now, on the condition that
     * it is still the version this command read ({@code update ... where version = ?}). A concurrent command that read
     * the same version then fails here (409) — whatever each command changes (the state, an action item, a budget
     * line) — and the row stays locked until commit, so the two never interleave their writes (which, with inserts
     * of child rows, could otherwise deadlock).
     */
    private void claim(ImplementationPlan plan) {
        try {
            entityManager.lock(plan, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } catch (OptimisticLockException | StaleStateException e) {
            throw new ObjectOptimisticLockingFailureException(ImplementationPlan.class, plan.id(), e);
        }
    }
}
