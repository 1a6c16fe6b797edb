package org.tto.plan;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a transition's guards look at, taken from the plan and its checkpoints at the moment of the command, plus
 * the reason the caller gave. Immutable, so the state machine cannot change the plan while it decides.
 */
public record PlanFacts(
        Set<CapabilityDimension> dimensionsWithFindings,
        int actionItemCount,
        Set<CapabilityDimension> dimensionsWithActionItems,
        List<String> itemsWithoutOwnerOrDueDate,
        int budgetLineCount,
        List<String> mandatoryItemsNotDoneWithEvidence,
        List<String> remediationItemsForLatestFailure,
        List<String> remediationItemsNotDoneWithEvidence,
        CheckpointStanding checkpoints,
        Optional<PlanState> suspendedFrom,
        String reason) {

    public PlanFacts {
        dimensionsWithFindings = Set.copyOf(dimensionsWithFindings);
        dimensionsWithActionItems = Set.copyOf(dimensionsWithActionItems);
        itemsWithoutOwnerOrDueDate = List.copyOf(itemsWithoutOwnerOrDueDate);
        mandatoryItemsNotDoneWithEvidence = List.copyOf(mandatoryItemsNotDoneWithEvidence);
        remediationItemsForLatestFailure = List.copyOf(remediationItemsForLatestFailure);
        remediationItemsNotDoneWithEvidence = List.copyOf(remediationItemsNotDoneWithEvidence);
    }

    public static PlanFacts of(ImplementationPlan plan, CheckpointStanding checkpoints, String reason) {
        List<ActionItem> items = plan.actionItems();
        Set<CapabilityDimension> withItems = EnumSet.noneOf(CapabilityDimension.class);
        items.forEach(item -> withItems.add(item.dimension()));
        Long failed = checkpoints.latestFailedCheckpoint().orElse(null);
        return new PlanFacts(
                plan.findings().keySet(),
                items.size(),
                withItems,
                items.stream().filter(i -> i.owner().isEmpty() || i.dueDate().isEmpty()).map(ActionItem::title)
                        .toList(),
                plan.budget().size(),
                items.stream().filter(ActionItem::mandatory).filter(i -> !i.isDoneWithEvidence())
                        .map(ActionItem::title).toList(),
                items.stream().filter(i -> failed != null && i.remediationFor().filter(failed::equals).isPresent())
                        .map(ActionItem::title).toList(),
                items.stream().filter(ActionItem::isRemediation).filter(i -> !i.isDoneWithEvidence())
                        .map(ActionItem::title).toList(),
                checkpoints,
                plan.suspendedFrom(),
                reason);
    }

    public boolean hasReason() {
        return reason != null && !reason.isBlank();
    }
}
