package org.tto.plan;

import java.util.List;
import java.util.Set;
import org.tto.shared.RuleViolationException.RuleResult;

/**
 * The plan's state machine, as the domain sees it: which event leads where from a state, under which guards. Owned by
 * the domain; implemented in tto-workflow (with Spring Statemachine today), so the library can be replaced without
 * touching the domain. Implementations hold no state between calls: the machine is rebuilt for every question.
 */
public interface PlanTransitions {

    /** Asks the machine whether {@code event} is accepted in state {@code from}, given the facts. Changes nothing. */
    Decision decide(PlanState from, PlanEvent event, PlanFacts facts);

    /** The events the machine would accept now. */
    Set<PlanEvent> allowedEvents(PlanState from, PlanFacts facts);

    /**
     * The machine's answer: accepted with the target state, or refused; either way the guard results it evaluated
     * (on refusal, at least one failed rule says why).
     */
    record Decision(boolean accepted, PlanState target, List<RuleResult> rules) {

        public Decision {
            rules = List.copyOf(rules);
        }
    }
}
