package org.tto.workflow.plan;

import static org.tto.plan.PlanEvent.APPROVE_ACTION_PLAN;
import static org.tto.plan.PlanEvent.CHECKPOINT_FAILED;
import static org.tto.plan.PlanEvent.CLOSE;
import static org.tto.plan.PlanEvent.COMPLETE_ASSESSMENT;
import static org.tto.plan.PlanEvent.DECLARE_OPERATIONAL;
import static org.tto.plan.PlanEvent.DECLARE_SUSTAINABLE;
import static org.tto.plan.PlanEvent.DRAFT_ACTION_PLAN;
import static org.tto.plan.PlanEvent.RECOVER;
import static org.tto.plan.PlanEvent.RESUME;
import static org.tto.plan.PlanEvent.START_IMPLEMENTATION;
import static org.tto.plan.PlanEvent.SUSPEND;
import static org.tto.plan.PlanState.ACTION_PLAN_APPROVED;
import static org.tto.plan.PlanState.ACTION_PLAN_DRAFTED;
import static org.tto.plan.PlanState.AT_RISK;
import static org.tto.plan.PlanState.CLOSED;
import static org.tto.plan.PlanState.IMPLEMENTING;
import static org.tto.plan.PlanState.NEEDS_ASSESSED;
import static org.tto.plan.PlanState.NEEDS_ASSESSMENT;
import static org.tto.plan.PlanState.OPERATIONAL;
import static org.tto.plan.PlanState.SUSPENDED;
import static org.tto.plan.PlanState.SUSTAINABLE;
import static org.tto.plan.PlanRule.ACTION_ITEMS_DRAFTED;
import static org.tto.plan.PlanRule.ACTION_ITEMS_HAVE_OWNER_AND_DUE_DATE;
import static org.tto.plan.PlanRule.ACTION_ITEM_FOR_EVERY_DIMENSION;
import static org.tto.plan.PlanRule.BUDGET_PLANNED;
import static org.tto.plan.PlanRule.FINDINGS_FOR_EVERY_DIMENSION;
import static org.tto.plan.PlanRule.LAST_CHECKPOINT_PASSED;
import static org.tto.plan.PlanRule.LATEST_CHECKPOINT_FAILED;
import static org.tto.plan.PlanRule.MANDATORY_ITEMS_DONE_WITH_EVIDENCE;
import static org.tto.plan.PlanRule.REASON_GIVEN;
import static org.tto.plan.PlanRule.RECHECK_PASSED;
import static org.tto.plan.PlanRule.REMEDIATION_DONE_WITH_EVIDENCE;
import static org.tto.plan.PlanRule.REMEDIATION_PLANNED;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.configurers.StateConfigurer;
import org.springframework.statemachine.config.builders.StateMachineTransitionConfigurer;
import org.springframework.statemachine.guard.Guard;
import org.springframework.statemachine.listener.StateMachineListenerAdapter;
import org.springframework.statemachine.transition.Transition;
import org.springframework.stereotype.Component;
import org.tto.plan.PlanEvent;
import org.tto.plan.PlanFacts;
import org.tto.plan.PlanRule;
import org.tto.plan.PlanState;
import org.tto.plan.PlanTransitions;
import org.tto.shared.RuleViolationException.RuleResult;
import reactor.core.publisher.Mono;

/**
 * The plan's state machine on Spring Statemachine. The transition table below is the one place that says which event
 * leads where and under which rules; the rules themselves are the domain's ({@link PlanRule}). A machine is built
 * for every question, started in the plan's current state, and thrown away: nothing is kept or serialized between
 * calls. Guards record every rule they check, so a refusal says which rule failed.
 */
@Component
public class StateMachinePlanTransitions implements PlanTransitions {

    private static final String FACTS = "facts";
    private static final String RESULTS = "results";

    /** States a plan can be suspended from (and resumed to). */
    static final Set<PlanState> SUSPENDABLE = EnumSet.of(NEEDS_ASSESSMENT, NEEDS_ASSESSED, ACTION_PLAN_DRAFTED,
            ACTION_PLAN_APPROVED, IMPLEMENTING, OPERATIONAL, AT_RISK);

    @Override
    public Decision decide(PlanState from, PlanEvent event, PlanFacts facts) {
        StateMachine<PlanState, PlanEvent> machine = build(from);
        List<RuleResult> results = new ArrayList<>();
        machine.getExtendedState().getVariables().put(FACTS, facts);
        machine.getExtendedState().getVariables().put(RESULTS, results);
        machine.startReactively().block();
        // the event result says whether a state handled the event, not whether a guard let it through: a listener
        // on taken transitions does (a self transition, at risk to at risk, leaves the state unchanged)
        AtomicReference<PlanState> taken = new AtomicReference<>();
        machine.addStateListener(new StateMachineListenerAdapter<>() {
            @Override
            public void transitionEnded(Transition<PlanState, PlanEvent> transition) {
                if (transition.getSource() != null && transition.getTrigger() != null) {
                    taken.set(transition.getTarget().getId());
                }
            }
        });
        try {
            machine.sendEvent(Mono.just(MessageBuilder.withPayload(event).build())).blockLast();
            if (taken.get() != null) {
                return new Decision(true, taken.get(), results);
            }
            if (results.stream().allMatch(RuleResult::passed)) {
                results.add(new RuleResult("transition-allowed", false,
                        event + " cannot happen while the plan is " + from));
            }
            return new Decision(false, from, results);
        } finally {
            machine.stopReactively().block();
        }
    }

    @Override
    public Set<PlanEvent> allowedEvents(PlanState from, PlanFacts facts) {
        Set<PlanEvent> candidates = EnumSet.noneOf(PlanEvent.class);
        build(from).getTransitions().stream()
                .filter(t -> t.getSource().getId() == from && t.getTrigger() != null)
                .forEach(t -> candidates.add(t.getTrigger().getEvent()));
        Set<PlanEvent> allowed = EnumSet.noneOf(PlanEvent.class);
        for (PlanEvent event : candidates) {
            if (decide(from, event, facts).accepted()) {
                allowed.add(event);
            }
        }
        return allowed;
    }

    private static StateMachine<PlanState, PlanEvent> build(PlanState initial) {
        try {
            StateMachineBuilder.Builder<PlanState, PlanEvent> builder = StateMachineBuilder.builder();
            builder.configureConfiguration().withConfiguration().autoStartup(false).machineId("implementation-plan");
            StateConfigurer<PlanState, PlanEvent> states = builder.configureStates().withStates();
            states.initial(initial).states(EnumSet.allOf(PlanState.class));
            transitions(builder.configureTransitions());
            return builder.build();
        } catch (Exception e) {
            throw new IllegalStateException("the plan state machine could not be built", e);
        }
    }

    /** The transition table. */
    private static void transitions(StateMachineTransitionConfigurer<PlanState, PlanEvent> t) throws Exception {
        t.withExternal().source(NEEDS_ASSESSMENT).target(NEEDS_ASSESSED).event(COMPLETE_ASSESSMENT)
                .guard(rules(FINDINGS_FOR_EVERY_DIMENSION))
                .and().withExternal().source(NEEDS_ASSESSED).target(ACTION_PLAN_DRAFTED).event(DRAFT_ACTION_PLAN)
                .guard(rules(ACTION_ITEMS_DRAFTED))
                .and().withExternal().source(ACTION_PLAN_DRAFTED).target(ACTION_PLAN_APPROVED)
                .event(APPROVE_ACTION_PLAN)
                .guard(rules(ACTION_ITEM_FOR_EVERY_DIMENSION, ACTION_ITEMS_HAVE_OWNER_AND_DUE_DATE, BUDGET_PLANNED))
                .and().withExternal().source(ACTION_PLAN_APPROVED).target(IMPLEMENTING).event(START_IMPLEMENTATION)
                .and().withExternal().source(IMPLEMENTING).target(OPERATIONAL).event(DECLARE_OPERATIONAL)
                .guard(rules(MANDATORY_ITEMS_DONE_WITH_EVIDENCE))
                .and().withExternal().source(OPERATIONAL).target(AT_RISK).event(CHECKPOINT_FAILED)
                .guard(rules(LATEST_CHECKPOINT_FAILED, REMEDIATION_PLANNED))
                // a failed re-check keeps the plan at risk, with new remediation items (and a history entry)
                .and().withExternal().source(AT_RISK).target(AT_RISK).event(CHECKPOINT_FAILED)
                .guard(rules(LATEST_CHECKPOINT_FAILED, REMEDIATION_PLANNED))
                .and().withExternal().source(AT_RISK).target(OPERATIONAL).event(RECOVER)
                .guard(rules(REMEDIATION_DONE_WITH_EVIDENCE, RECHECK_PASSED))
                .and().withExternal().source(OPERATIONAL).target(SUSTAINABLE).event(DECLARE_SUSTAINABLE)
                .guard(rules(LAST_CHECKPOINT_PASSED));
        for (PlanState state : SUSPENDABLE) {
            t.withExternal().source(state).target(SUSPENDED).event(SUSPEND).guard(rules(REASON_GIVEN))
                    .and().withExternal().source(SUSPENDED).target(state).event(RESUME).guard(resumesTo(state));
        }
        for (PlanState state : EnumSet.complementOf(EnumSet.of(CLOSED))) {
            t.withExternal().source(state).target(CLOSED).event(CLOSE).guard(rules(REASON_GIVEN));
        }
    }

    /** A guard made of domain rules: it passes when all pass, and records each result. */
    @SuppressWarnings("unchecked")
    private static Guard<PlanState, PlanEvent> rules(PlanRule... rules) {
        return context -> {
            PlanFacts facts = context.getExtendedState().get(FACTS, PlanFacts.class);
            List<RuleResult> results = PlanRule.checkAll(facts, rules);
            context.getExtendedState().get(RESULTS, List.class).addAll(results);
            return results.stream().allMatch(RuleResult::passed);
        };
    }

    /** Routes RESUME back to the state the plan was suspended from; a routing choice, not a rule. */
    private static Guard<PlanState, PlanEvent> resumesTo(PlanState state) {
        return context -> context.getExtendedState().get(FACTS, PlanFacts.class).suspendedFrom()
                .filter(state::equals).isPresent();
    }
}
