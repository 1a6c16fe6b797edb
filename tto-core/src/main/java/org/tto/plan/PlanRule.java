package org.tto.plan;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.tto.shared.RuleViolationException.RuleResult;

/**
 * The rules that guard a plan's transitions, each with a stable id and a message that says what is missing. Which
 * rule guards which transition is the state machine's business ({@link PlanTransitions}); what a rule checks is the
 * domain's, here.
 */
public enum PlanRule {

    FINDINGS_FOR_EVERY_DIMENSION("findings-for-every-dimension") {
        @Override
        public RuleResult check(PlanFacts facts) {
            Set<CapabilityDimension> missing = missing(facts.dimensionsWithFindings());
            return result(missing.isEmpty(), "The needs assessment has findings for every capability dimension",
                    "The needs assessment has no findings for " + missing);
        }
    },
    ACTION_ITEMS_DRAFTED("action-items-drafted") {
        @Override
        public RuleResult check(PlanFacts facts) {
            return result(facts.actionItemCount() > 0, "The action plan has action items",
                    "The action plan has no action items yet");
        }
    },
    ACTION_ITEM_FOR_EVERY_DIMENSION("action-item-for-every-dimension") {
        @Override
        public RuleResult check(PlanFacts facts) {
            Set<CapabilityDimension> missing = missing(facts.dimensionsWithActionItems());
            return result(missing.isEmpty(), "Every capability dimension has at least one action item",
                    "No action item addresses " + missing);
        }
    },
    ACTION_ITEMS_HAVE_OWNER_AND_DUE_DATE("action-items-have-owner-and-due-date") {
        @Override
        public RuleResult check(PlanFacts facts) {
            return result(facts.itemsWithoutOwnerOrDueDate().isEmpty(), "Every action item has an owner and a due date",
                    "These action items lack an owner or a due date: " + facts.itemsWithoutOwnerOrDueDate());
        }
    },
    BUDGET_PLANNED("budget-planned") {
        @Override
        public RuleResult check(PlanFacts facts) {
            return result(facts.budgetLineCount() > 0, "The plan has a budget", "The plan has no budget line");
        }
    },
    MANDATORY_ITEMS_DONE_WITH_EVIDENCE("mandatory-items-done-with-evidence") {
        @Override
        public RuleResult check(PlanFacts facts) {
            return result(facts.mandatoryItemsNotDoneWithEvidence().isEmpty(),
                    "Every mandatory action item is done, with evidence",
                    "These mandatory action items are not done with evidence: "
                            + facts.mandatoryItemsNotDoneWithEvidence());
        }
    },
    LATEST_CHECKPOINT_FAILED("latest-checkpoint-failed") {
        @Override
        public RuleResult check(PlanFacts facts) {
            return result(facts.checkpoints().latestVerdictFailed(), "The latest checkpoint verdict is a fail",
                    "The latest checkpoint verdict is not a fail");
        }
    },
    REMEDIATION_PLANNED("remediation-planned") {
        @Override
        public RuleResult check(PlanFacts facts) {
            return result(!facts.remediationItemsForLatestFailure().isEmpty(),
                    "The failed checkpoint has remediation items",
                    "A failed checkpoint needs at least one remediation item");
        }
    },
    REMEDIATION_DONE_WITH_EVIDENCE("remediation-done-with-evidence") {
        @Override
        public RuleResult check(PlanFacts facts) {
            return result(facts.remediationItemsNotDoneWithEvidence().isEmpty(),
                    "Every remediation item is done, with evidence",
                    "These remediation items are not done with evidence: "
                            + facts.remediationItemsNotDoneWithEvidence());
        }
    },
    RECHECK_PASSED("re-check-passed") {
        @Override
        public RuleResult check(PlanFacts facts) {
            return result(facts.checkpoints().recheckPassedSinceFailure(),
                    "A re-check passed after the failed checkpoint",
                    "No re-check has passed since the failed checkpoint");
        }
    },
    LAST_CHECKPOINT_PASSED("last-checkpoint-passed") {
        @Override
        public RuleResult check(PlanFacts facts) {
            return result(facts.checkpoints().lastScheduledPassed(), "The last sustainability checkpoint passed",
                    "The last sustainability checkpoint has not passed");
        }
    },
    REASON_GIVEN("reason-given") {
        @Override
        public RuleResult check(PlanFacts facts) {
            return result(facts.hasReason(), "A reason is given", "This event needs a reason");
        }
    };

    private final String id;

    PlanRule(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public abstract RuleResult check(PlanFacts facts);

    /** Checks several rules: all of them, so the caller learns everything that is missing at once. */
    public static List<RuleResult> checkAll(PlanFacts facts, PlanRule... rules) {
        return java.util.Arrays.stream(rules).map(rule -> rule.check(facts)).toList();
    }

    RuleResult result(boolean passed, String whenPassed, String whenFailed) {
        return new RuleResult(id, passed, passed ? whenPassed : whenFailed);
    }

    private static Set<CapabilityDimension> missing(Set<CapabilityDimension> present) {
        Set<CapabilityDimension> missing = EnumSet.allOf(CapabilityDimension.class);
        missing.removeAll(present);
        return missing;
    }
}
