package org.tto.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tto.institution.Institution;
import org.tto.shared.RuleViolationException;

class ImplementationPlanTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private final ImplementationPlan plan = new ImplementationPlan(new Institution("UNA", "Demo University A", "KE", 7),
            null, NOW);

    @Test
    void aNewPlanStartsTheNeedsAssessmentWithDefaultCheckpointsAndTargets() {
        assertThat(plan.state()).isEqualTo(PlanState.NEEDS_ASSESSMENT);
        assertThat(plan.countryCode()).isEqualTo("KE");
        assertThat(plan.checkpointMonths()).containsExactly(12, 24, 36);
        assertThat(plan.targets()).containsOnlyKeys(SustainabilityIndicator.values());
        assertThat(plan.targets().get(SustainabilityIndicator.NON_PROGRAMME_BUDGET_SHARE).unit()).isEqualTo("%");
    }

    @Test
    void checkpointMonthsAreConfigurablePerPlanWithinBounds() {
        Institution unb = new Institution("UNB", "Demo University B", "KE", 7);
        assertThat(new ImplementationPlan(unb, List.of(18, 6, 18), NOW).checkpointMonths()).containsExactly(6, 18);
        assertThatThrownBy(() -> new ImplementationPlan(unb, List.of(0, 12), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ImplementationPlan(unb, List.of(121), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findingsAreRecordedDuringTheNeedsAssessmentOnly() {
        plan.recordFinding(CapabilityDimension.FUNDING, "  No budget line  ");
        assertThat(plan.findings()).containsEntry(CapabilityDimension.FUNDING, "No budget line");
        assertThatThrownBy(() -> plan.recordFinding(CapabilityDimension.FUNDING, " "))
                .isInstanceOf(IllegalArgumentException.class);

        plan.apply(PlanEvent.COMPLETE_ASSESSMENT, PlanState.NEEDS_ASSESSED, "coordinator-ke", null, NOW, TODAY);

        assertThatThrownBy(() -> plan.recordFinding(CapabilityDimension.PROCEDURES, "late"))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).results().get(0).rule())
                .isEqualTo("findings-during-assessment");
    }

    @Test
    void anActionItemIsCompletedOnlyWithEvidenceAndIsFinalOnceDone() {
        ActionItem item = plan.addActionItem("IP policy adopted", CapabilityDimension.GOVERNANCE_AND_IP_POLICY,
                "Senate", TODAY.plusMonths(3), true);

        assertThatThrownBy(() -> item.complete(List.of(" ", ""), TODAY)).isInstanceOf(IllegalArgumentException.class);
        assertThat(item.status()).isEqualTo(ActionItemStatus.OPEN);

        item.complete(List.of(" https://dms.example.org/policy.pdf "), TODAY);

        assertThat(item.isDoneWithEvidence()).isTrue();
        assertThat(item.evidence()).containsExactly("https://dms.example.org/policy.pdf");
        assertThat(item.isOverdue(TODAY.plusYears(1))).isFalse();
    }

    @Test
    void transitionsAreAppendedToTheHistoryAndTheOperationalDateIsSetOnce() {
        plan.apply(PlanEvent.SUSPEND, PlanState.SUSPENDED, "coordinator-ke", " vacancy ", NOW, TODAY);
        assertThat(plan.suspendedFrom()).contains(PlanState.NEEDS_ASSESSMENT);
        plan.apply(PlanEvent.RESUME, PlanState.NEEDS_ASSESSMENT, "coordinator-ke", "", NOW, TODAY);
        plan.apply(PlanEvent.DECLARE_OPERATIONAL, PlanState.OPERATIONAL, "coordinator-ke", null, NOW, TODAY);
        plan.apply(PlanEvent.CHECKPOINT_FAILED, PlanState.AT_RISK, "reviewer", "budget", NOW, TODAY.plusYears(1));
        plan.apply(PlanEvent.RECOVER, PlanState.OPERATIONAL, "reviewer", null, NOW, TODAY.plusYears(2));

        assertThat(plan.operationalOn()).contains(TODAY);
        assertThat(plan.history()).extracting(PlanTransition::event).containsExactly(PlanEvent.SUSPEND,
                PlanEvent.RESUME, PlanEvent.DECLARE_OPERATIONAL, PlanEvent.CHECKPOINT_FAILED, PlanEvent.RECOVER);
        assertThat(plan.history().get(0).reason()).isEqualTo("vacancy");
        assertThat(plan.history().get(1).reason()).isNull();
        assertThat(plan.history().get(3).from()).isEqualTo(PlanState.OPERATIONAL);
        assertThat(plan.history().get(3).to()).isEqualTo(PlanState.AT_RISK);
    }

    @Test
    void onlyOverdueMandatoryItemsAreFlaggedAndOnlyOnce() {
        plan.addActionItem("Mandatory, late", CapabilityDimension.FUNDING, "Bursar", TODAY.minusDays(1), true);
        plan.addActionItem("Optional, late", CapabilityDimension.FUNDING, "Bursar", TODAY.minusDays(1), false);
        plan.addActionItem("Mandatory, due today", CapabilityDimension.FUNDING, "Bursar", TODAY, true);

        assertThat(plan.flagOverdueMandatoryItems(TODAY)).extracting(ActionItem::title)
                .containsExactly("Mandatory, late");
        assertThat(plan.flagOverdueMandatoryItems(TODAY)).isEmpty();
        assertThat(plan.flagOverdueMandatoryItems(TODAY.plusDays(1))).extracting(ActionItem::title)
                .containsExactly("Mandatory, due today");

        assertThat(plan.escalateOverdueMandatoryItems(TODAY.plusDays(14), 14)).extracting(ActionItem::title)
                .containsExactly("Mandatory, late");
        assertThat(plan.escalateOverdueMandatoryItems(TODAY.plusDays(14), 14)).isEmpty();
        assertThat(plan.escalateOverdueMandatoryItems(TODAY.plusDays(15), 14)).extracting(ActionItem::title)
                .containsExactly("Mandatory, due today");
    }

    @Test
    void aClosedOrSustainablePlanCannotBeChanged() {
        plan.apply(PlanEvent.CLOSE, PlanState.CLOSED, "coordinator-ke", "merged", NOW, TODAY);

        assertThatThrownBy(() -> plan.addActionItem("x", CapabilityDimension.FUNDING, null, null, false))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("CLOSED");
        assertThatThrownBy(() -> plan.setTarget(SustainabilityIndicator.STAFF_RETAINED, BigDecimal.ONE))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void budgetLinesAreMoneyInAnIsoCurrency() {
        assertThat(plan.addBudgetLine("Officers", new BigDecimal("1200.50"), "USD", FundingSource.PROGRAMME)
                .currency()).isEqualTo("USD");
        assertThatThrownBy(() -> plan.addBudgetLine("Fees", new BigDecimal("10.5"), "JPY", FundingSource.OTHER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 decimals");
        assertThatThrownBy(() -> plan.addBudgetLine("Fees", BigDecimal.ZERO, "USD", FundingSource.OTHER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plan.addBudgetLine("Fees", BigDecimal.TEN, "XYZ", FundingSource.OTHER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFactsSayWhatTheGuardsNeed() {
        plan.recordFinding(CapabilityDimension.FUNDING, "No budget line");
        plan.addActionItem("No owner", CapabilityDimension.FUNDING, null, TODAY, true);
        ActionItem done = plan.addActionItem("Done", CapabilityDimension.PROCEDURES, "Registrar", TODAY, true);
        done.complete(List.of("minutes"), TODAY);
        plan.addRemediationItem(7L, "Remediate", CapabilityDimension.FUNDING, "Bursar", TODAY);
        plan.addRemediationItem(3L, "Older remediation", CapabilityDimension.FUNDING, "Bursar", TODAY);
        CheckpointStanding standing = new CheckpointStanding(Optional.of(7L), true, false, false, Optional.empty());

        PlanFacts facts = PlanFacts.of(plan, standing, "why");

        assertThat(facts.dimensionsWithFindings()).containsExactly(CapabilityDimension.FUNDING);
        assertThat(facts.dimensionsWithActionItems()).containsExactlyInAnyOrder(CapabilityDimension.FUNDING,
                CapabilityDimension.PROCEDURES);
        assertThat(facts.itemsWithoutOwnerOrDueDate()).containsExactly("No owner");
        assertThat(facts.mandatoryItemsNotDoneWithEvidence()).containsExactly("No owner", "Remediate",
                "Older remediation");
        assertThat(facts.remediationItemsForLatestFailure()).containsExactly("Remediate");
        assertThat(facts.remediationItemsNotDoneWithEvidence()).containsExactly("Remediate", "Older remediation");
        assertThat(facts.hasReason()).isTrue();
        assertThat(PlanRule.REMEDIATION_PLANNED.check(facts).passed()).isTrue();
        assertThat(PlanRule.FINDINGS_FOR_EVERY_DIMENSION.check(facts).message())
                .contains("GOVERNANCE_AND_IP_POLICY").doesNotContain("FUNDING");
    }
}
