package org.tto.workflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tto.plan.CapabilityDimension;
import org.tto.plan.CheckpointStanding;
import org.tto.plan.PlanEvent;
import org.tto.plan.PlanFacts;
import org.tto.plan.PlanState;
import org.tto.plan.PlanTransitions.Decision;
import org.tto.shared.RuleViolationException.RuleResult;

/**
 * The test plan of the plan's state machine: every transition accepted when its guards pass, refused (naming the
 * rule) when each of its guards fails, and every other event refused in every state.
 */
class PlanStateMachineTest {

    private final StateMachinePlanTransitions machine = new StateMachinePlanTransitions();

    /** Facts under which every rule passes. */
    static PlanFacts allSatisfied() {
        return new PlanFacts(EnumSet.allOf(CapabilityDimension.class), 5, EnumSet.allOf(CapabilityDimension.class),
                List.of(), 1, List.of(), List.of("Remediate"), List.of(),
                new CheckpointStanding(Optional.of(7L), true, true, true, Optional.of(LocalDate.of(2027, 1, 1))),
                Optional.empty(), "a reason");
    }

    static PlanFacts with(UnaryOperator<Builder> change) {
        return change.apply(new Builder(allSatisfied())).build();
    }

    /** The transition table, as the specification says it. */
    static Stream<Arguments> transitions() {
        List<Arguments> rows = new ArrayList<>(List.of(
                Arguments.of(NEEDS_ASSESSMENT, COMPLETE_ASSESSMENT, NEEDS_ASSESSED),
                Arguments.of(NEEDS_ASSESSED, DRAFT_ACTION_PLAN, ACTION_PLAN_DRAFTED),
                Arguments.of(ACTION_PLAN_DRAFTED, APPROVE_ACTION_PLAN, ACTION_PLAN_APPROVED),
                Arguments.of(ACTION_PLAN_APPROVED, START_IMPLEMENTATION, IMPLEMENTING),
                Arguments.of(IMPLEMENTING, DECLARE_OPERATIONAL, OPERATIONAL),
                Arguments.of(OPERATIONAL, CHECKPOINT_FAILED, AT_RISK),
                Arguments.of(AT_RISK, CHECKPOINT_FAILED, AT_RISK),
                Arguments.of(AT_RISK, RECOVER, OPERATIONAL),
                Arguments.of(OPERATIONAL, DECLARE_SUSTAINABLE, SUSTAINABLE)));
        for (PlanState state : StateMachinePlanTransitions.SUSPENDABLE) {
            rows.add(Arguments.of(state, SUSPEND, SUSPENDED));
        }
        for (PlanState state : EnumSet.complementOf(EnumSet.of(CLOSED))) {
            rows.add(Arguments.of(state, CLOSE, CLOSED));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("transitions")
    void acceptsEveryTransitionWhenItsGuardsPass(PlanState from, PlanEvent event, PlanState to) {
        Decision decision = machine.decide(from, event, allSatisfied());

        assertThat(decision.accepted()).isTrue();
        assertThat(decision.target()).isEqualTo(to);
        assertThat(decision.rules()).allMatch(RuleResult::passed);
    }

    @ParameterizedTest(name = "{0} refuses every other event")
    @EnumSource(PlanState.class)
    void refusesEveryEventWithoutATransitionFromTheState(PlanState from) {
        Set<PlanEvent> withTransition = EnumSet.noneOf(PlanEvent.class);
        transitions().map(Arguments::get).filter(row -> row[0] == from).forEach(row -> withTransition.add(
                (PlanEvent) row[1]));
        if (from == SUSPENDED) {
            withTransition.add(RESUME);
        }
        int refused = 0;
        for (PlanEvent event : PlanEvent.values()) {
            if (withTransition.contains(event)) {
                continue;
            }
            refused++;
            Decision decision = machine.decide(from, event, allSatisfied());
            assertThat(decision.accepted()).as("%s in %s", event, from).isFalse();
            assertThat(decision.target()).isEqualTo(from);
            assertThat(failed(decision)).containsExactly("transition-allowed");
        }
        assertThat(refused).isEqualTo(PlanEvent.values().length - withTransition.size());
    }

    /** Each guard of each transition, failing alone: refused, and the failed rule named. */
    static Stream<Arguments> guards() {
        return Stream.of(
                Arguments.of(NEEDS_ASSESSMENT, COMPLETE_ASSESSMENT, "findings-for-every-dimension",
                        (UnaryOperator<Builder>) b -> b.findings(EnumSet.complementOf(
                                EnumSet.of(CapabilityDimension.FUNDING)))),
                Arguments.of(NEEDS_ASSESSED, DRAFT_ACTION_PLAN, "action-items-drafted",
                        (UnaryOperator<Builder>) b -> b.itemCount(0)),
                Arguments.of(ACTION_PLAN_DRAFTED, APPROVE_ACTION_PLAN, "action-item-for-every-dimension",
                        (UnaryOperator<Builder>) b -> b.itemDimensions(EnumSet.of(CapabilityDimension.PROCEDURES))),
                Arguments.of(ACTION_PLAN_DRAFTED, APPROVE_ACTION_PLAN, "action-items-have-owner-and-due-date",
                        (UnaryOperator<Builder>) b -> b.withoutOwner(List.of("Adopt the IP policy"))),
                Arguments.of(ACTION_PLAN_DRAFTED, APPROVE_ACTION_PLAN, "budget-planned",
                        (UnaryOperator<Builder>) b -> b.budgetLines(0)),
                Arguments.of(IMPLEMENTING, DECLARE_OPERATIONAL, "mandatory-items-done-with-evidence",
                        (UnaryOperator<Builder>) b -> b.mandatoryOpen(List.of("Hire two officers"))),
                Arguments.of(OPERATIONAL, CHECKPOINT_FAILED, "latest-checkpoint-failed",
                        (UnaryOperator<Builder>) b -> b.latestFailed(false)),
                Arguments.of(OPERATIONAL, CHECKPOINT_FAILED, "remediation-planned",
                        (UnaryOperator<Builder>) b -> b.remediationPlanned(List.of())),
                Arguments.of(AT_RISK, CHECKPOINT_FAILED, "latest-checkpoint-failed",
                        (UnaryOperator<Builder>) b -> b.latestFailed(false)),
                Arguments.of(AT_RISK, CHECKPOINT_FAILED, "remediation-planned",
                        (UnaryOperator<Builder>) b -> b.remediationPlanned(List.of())),
                Arguments.of(AT_RISK, RECOVER, "remediation-done-with-evidence",
                        (UnaryOperator<Builder>) b -> b.remediationOpen(List.of("Secure a budget line"))),
                Arguments.of(AT_RISK, RECOVER, "re-check-passed",
                        (UnaryOperator<Builder>) b -> b.recheckPassed(false)),
                Arguments.of(OPERATIONAL, DECLARE_SUSTAINABLE, "last-checkpoint-passed",
                        (UnaryOperator<Builder>) b -> b.lastPassed(false)),
                Arguments.of(IMPLEMENTING, SUSPEND, "reason-given",
                        (UnaryOperator<Builder>) b -> b.reason(" ")),
                Arguments.of(AT_RISK, SUSPEND, "reason-given",
                        (UnaryOperator<Builder>) b -> b.reason(null)),
                Arguments.of(OPERATIONAL, CLOSE, "reason-given",
                        (UnaryOperator<Builder>) b -> b.reason("")),
                Arguments.of(SUSPENDED, CLOSE, "reason-given",
                        (UnaryOperator<Builder>) b -> b.reason(null)));
    }

    @ParameterizedTest(name = "{0} --{1}--> refused by {2}")
    @MethodSource("guards")
    void refusesWhenAGuardFailsAndNamesTheRule(PlanState from, PlanEvent event, String rule,
            UnaryOperator<Builder> breakIt) {
        Decision decision = machine.decide(from, event, with(breakIt));

        assertThat(decision.accepted()).isFalse();
        assertThat(decision.target()).isEqualTo(from);
        assertThat(failed(decision)).containsExactly(rule);
        assertThat(decision.rules()).filteredOn(r -> !r.passed()).extracting(RuleResult::message)
                .allSatisfy(message -> assertThat(message).isNotBlank());
    }

    @Test
    void aRefusedApprovalListsEveryMissingRuleAtOnce() {
        Decision decision = machine.decide(ACTION_PLAN_DRAFTED, APPROVE_ACTION_PLAN,
                with(b -> b.itemDimensions(EnumSet.of(CapabilityDimension.FUNDING)).budgetLines(0)));

        assertThat(decision.rules()).extracting(RuleResult::rule).containsExactly("action-item-for-every-dimension",
                "action-items-have-owner-and-due-date", "budget-planned");
        assertThat(failed(decision)).containsExactly("action-item-for-every-dimension", "budget-planned");
        assertThat(decision.rules().get(0).message()).contains("GOVERNANCE_AND_IP_POLICY")
                .doesNotContain("FUNDING");
    }

    @ParameterizedTest(name = "resumes to {0}")
    @MethodSource("suspendable")
    void resumesToTheStateItWasSuspendedFrom(PlanState before) {
        Decision decision = machine.decide(SUSPENDED, RESUME, with(b -> b.suspendedFrom(before)));

        assertThat(decision.accepted()).isTrue();
        assertThat(decision.target()).isEqualTo(before);
    }

    static Stream<PlanState> suspendable() {
        return StateMachinePlanTransitions.SUSPENDABLE.stream();
    }

    @Test
    void cannotResumeWithoutKnowingWhereFrom() {
        Decision decision = machine.decide(SUSPENDED, RESUME, allSatisfied());

        assertThat(decision.accepted()).isFalse();
        assertThat(failed(decision)).containsExactly("transition-allowed");
    }

    @Test
    void theAllowedEventsAreWhatTheMachineAcceptsNow() {
        assertThat(machine.allowedEvents(NEEDS_ASSESSMENT, allSatisfied()))
                .containsExactlyInAnyOrder(COMPLETE_ASSESSMENT, SUSPEND, CLOSE);
        assertThat(machine.allowedEvents(NEEDS_ASSESSMENT, with(b -> b.findings(Set.of()))))
                .containsExactlyInAnyOrder(SUSPEND, CLOSE);
        assertThat(machine.allowedEvents(OPERATIONAL, with(b -> b.latestFailed(false).lastPassed(false))))
                .containsExactlyInAnyOrder(SUSPEND, CLOSE);
        assertThat(machine.allowedEvents(AT_RISK, with(b -> b.latestFailed(false))))
                .containsExactlyInAnyOrder(RECOVER, SUSPEND, CLOSE);
        assertThat(machine.allowedEvents(SUSPENDED, with(b -> b.suspendedFrom(IMPLEMENTING))))
                .containsExactlyInAnyOrder(RESUME, CLOSE);
        assertThat(machine.allowedEvents(SUSTAINABLE, with(b -> b.reason(null)))).isEmpty();
        assertThat(machine.allowedEvents(CLOSED, allSatisfied())).isEmpty();
    }

    private static List<String> failed(Decision decision) {
        return decision.rules().stream().filter(r -> !r.passed()).map(RuleResult::rule).toList();
    }

    /** Changes one fact at a time. */
    static final class Builder {
        private Set<CapabilityDimension> findings;
        private int itemCount;
        private Set<CapabilityDimension> itemDimensions;
        private List<String> withoutOwner;
        private int budgetLines;
        private List<String> mandatoryOpen;
        private List<String> remediationPlanned;
        private List<String> remediationOpen;
        private CheckpointStanding standing;
        private Optional<PlanState> suspendedFrom;
        private String reason;

        Builder(PlanFacts f) {
            findings = f.dimensionsWithFindings();
            itemCount = f.actionItemCount();
            itemDimensions = f.dimensionsWithActionItems();
            withoutOwner = f.itemsWithoutOwnerOrDueDate();
            budgetLines = f.budgetLineCount();
            mandatoryOpen = f.mandatoryItemsNotDoneWithEvidence();
            remediationPlanned = f.remediationItemsForLatestFailure();
            remediationOpen = f.remediationItemsNotDoneWithEvidence();
            standing = f.checkpoints();
            suspendedFrom = f.suspendedFrom();
            reason = f.reason();
        }

        Builder findings(Set<CapabilityDimension> v) { findings = v; return this; }
        Builder itemCount(int v) { itemCount = v; return this; }
        Builder itemDimensions(Set<CapabilityDimension> v) { itemDimensions = v; return this; }
        Builder withoutOwner(List<String> v) { withoutOwner = v; return this; }
        Builder budgetLines(int v) { budgetLines = v; return this; }
        Builder mandatoryOpen(List<String> v) { mandatoryOpen = v; return this; }
        Builder remediationPlanned(List<String> v) { remediationPlanned = v; return this; }
        Builder remediationOpen(List<String> v) { remediationOpen = v; return this; }
        Builder suspendedFrom(PlanState v) { suspendedFrom = Optional.of(v); return this; }
        Builder reason(String v) { reason = v; return this; }

        Builder latestFailed(boolean v) {
            standing = new CheckpointStanding(standing.latestFailedCheckpoint(), v, standing.recheckPassedSinceFailure(),
                    standing.lastScheduledPassed(), standing.nextDue());
            return this;
        }

        Builder recheckPassed(boolean v) {
            standing = new CheckpointStanding(standing.latestFailedCheckpoint(), standing.latestVerdictFailed(), v,
                    standing.lastScheduledPassed(), standing.nextDue());
            return this;
        }

        Builder lastPassed(boolean v) {
            standing = new CheckpointStanding(standing.latestFailedCheckpoint(), standing.latestVerdictFailed(),
                    standing.recheckPassedSinceFailure(), v, standing.nextDue());
            return this;
        }

        PlanFacts build() {
            return new PlanFacts(findings, itemCount, itemDimensions, withoutOwner, budgetLines, mandatoryOpen,
                    remediationPlanned, remediationOpen, standing, suspendedFrom, reason);
        }
    }
}
