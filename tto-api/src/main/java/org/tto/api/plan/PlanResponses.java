package org.tto.api.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.tto.checkpoint.CheckpointFigures;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.tto.checkpoint.CheckpointService.CheckpointView;
import org.tto.checkpoint.SustainabilityCheckpoint;
import org.tto.plan.ActionItem;
import org.tto.plan.BudgetLine;
import org.tto.plan.CapabilityDimension;
import org.tto.plan.ImplementationPlan;
import org.tto.plan.PlanEvent;
import org.tto.plan.PlanNotification;
import org.tto.plan.PlanService.PlanView;
import org.tto.plan.PlanState;
import org.tto.plan.PlanTransition;
import org.tto.plan.SustainabilityIndicator;

/** What the plan and checkpoint endpoints answer. */
final class PlanResponses {

    private PlanResponses() {}

    record Progress(int mandatoryDone, int mandatoryTotal, int overdue) {}

    record PlanSummary(long id, String institution, String institutionName, String country, PlanState state,
            Progress progress, LocalDate nextCheckpoint, List<PlanEvent> allowedEvents) {

        static PlanSummary of(PlanView view) {
            ImplementationPlan plan = view.plan();
            return new PlanSummary(plan.id(), plan.institution().code(), plan.institution().name(),
                    plan.countryCode(), plan.state(), PlanResponses.progress(view), view.checkpoints().nextDue().orElse(null),
                    List.copyOf(view.allowedEvents()));
        }
    }

    record PlanDetail(long id, String institution, String institutionName, String country, PlanState state,
            long version, LocalDate operationalOn, List<Integer> checkpointMonths, Progress progress,
            LocalDate nextCheckpoint, List<PlanEvent> allowedEvents, Map<CapabilityDimension, String> findings,
            List<TargetResponse> targets, List<ActionItemResponse> actionItems, List<BudgetLineResponse> budget,
            Map<String, BigDecimal> budgetTotals, List<CheckpointResponse> checkpoints,
            List<TransitionResponse> history, List<NotificationResponse> notifications) {

        static PlanDetail of(PlanView view, List<CheckpointView> checkpoints, LocalDate today) {
            ImplementationPlan plan = view.plan();
            return new PlanDetail(plan.id(), plan.institution().code(), plan.institution().name(),
                    plan.countryCode(), plan.state(), plan.version(), plan.operationalOn().orElse(null),
                    plan.checkpointMonths(), PlanResponses.progress(view), view.checkpoints().nextDue().orElse(null),
                    List.copyOf(view.allowedEvents()), new TreeMap<>(plan.findings()),
                    plan.targets().entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(e -> new TargetResponse(e.getKey(), e.getValue().value(), e.getValue().unit()))
                            .toList(),
                    plan.actionItems().stream().map(i -> ActionItemResponse.of(i, today)).toList(),
                    plan.budget().stream().map(BudgetLineResponse::of).toList(),
                    plan.budget().stream().collect(Collectors.groupingBy(BudgetLine::currency, TreeMap::new,
                            Collectors.reducing(BigDecimal.ZERO, BudgetLine::amount, BigDecimal::add))),
                    checkpoints.stream().map(CheckpointResponse::of).toList(),
                    plan.history().stream().map(TransitionResponse::of).toList(),
                    plan.notifications().stream().map(NotificationResponse::of).toList());
        }
    }

    private static Progress progress(PlanView view) {
        return new Progress(view.progress().mandatoryDone(), view.progress().mandatoryTotal(),
                view.progress().overdue());
    }

    record TargetResponse(SustainabilityIndicator indicator, BigDecimal target, String unit) {}

    record ActionItemResponse(long id, String title, CapabilityDimension dimension, String owner, LocalDate dueDate,
            boolean mandatory, String status, LocalDate completedOn, List<String> evidence, Long remediationFor,
            boolean overdue, LocalDate overdueFlaggedOn, String milestone) {

        static ActionItemResponse of(ActionItem item, LocalDate today) {
            return new ActionItemResponse(item.id(), item.title(), item.dimension(), item.owner().orElse(null),
                    item.dueDate().orElse(null), item.mandatory(), item.status().name(),
                    item.completedOn().orElse(null), item.evidence(), item.remediationFor().orElse(null),
                    item.isOverdue(today), item.overdueFlaggedOn().orElse(null),
                    item.milestone().map(Enum::name).orElse(null));
        }
    }

    record BudgetLineResponse(long id, String description, BigDecimal amount, String currency, String source) {

        static BudgetLineResponse of(BudgetLine line) {
            return new BudgetLineResponse(line.id(), line.description(), line.amount(), line.currency(),
                    line.source().name());
        }
    }

    record TransitionResponse(Instant at, String actor, PlanEvent event, PlanState from, PlanState to,
            String reason) {

        static TransitionResponse of(PlanTransition t) {
            return new TransitionResponse(t.occurredAt(), t.actor(), t.event(), t.from(), t.to(), t.reason());
        }
    }

    record NotificationResponse(Instant at, String recipients, String subject, String body, String delivery) {

        static NotificationResponse of(PlanNotification n) {
            return new NotificationResponse(n.occurredAt(), n.recipients(), n.subject(), n.body(), n.delivery());
        }
    }

    /** A submitted value beside its target and what the records gave when it was submitted (null if nothing). */
    record IndicatorResponse(SustainabilityIndicator indicator, BigDecimal value, BigDecimal target, String unit,
            boolean metTarget, BigDecimal computed, String computedBasis, boolean differsFromComputed) {}

    /** What the institution's records give for an indicator now (as of the due date once it has passed). */
    record ComputedResponse(SustainabilityIndicator indicator, BigDecimal value, String basis) {}

    record ConditionResponse(int position, String description, LocalDate dueDate, LocalDate metOn,
            LocalDate overdueFlaggedOn) {}

    record CheckpointResponse(long id, long planId, String institution, String country, PlanState planState,
            String kind, Integer monthsAfter, LocalDate dueDate, String status, List<IndicatorResponse> values,
            String submittedBy, Instant submittedAt, String verdict, String reviewer, Instant judgedAt,
            String comments, String reasons, List<ConditionResponse> conditions, LocalDate overdueFlaggedOn,
            List<ComputedResponse> computedNow) {

        static CheckpointResponse of(CheckpointView view) {
            return of(view, Map.of());
        }

        static CheckpointResponse of(CheckpointView view,
                Map<SustainabilityIndicator, CheckpointFigures.Computed> computed) {
            SustainabilityCheckpoint c = view.checkpoint();
            return new CheckpointResponse(c.id(), view.planId(), view.institutionCode(), view.countryCode(),
                    view.planState(), c.kind().name(), c.monthsAfter().orElse(null), c.dueDate(), c.status().name(),
                    c.values().stream().sorted(Comparator.comparing(v -> v.indicator()))
                            .map(v -> new IndicatorResponse(v.indicator(), v.actual(), v.target(), v.unit(),
                                    v.meetsTarget(), v.computed(), v.computedBasis(), v.differsFromComputed()))
                            .toList(),
                    c.submittedBy().orElse(null), c.submittedAt().orElse(null),
                    c.verdict().map(Enum::name).orElse(null), c.reviewer().orElse(null),
                    c.judgedAt().orElse(null), c.comments().orElse(null), c.reasons().orElse(null),
                    java.util.stream.IntStream.range(0, c.conditions().size()).mapToObj(i -> {
                        var x = c.conditions().get(i);
                        return new ConditionResponse(i, x.description(), x.dueDate(), x.metOn(),
                                x.overdueFlaggedOn());
                    }).toList(),
                    c.overdueFlaggedOn().orElse(null),
                    new java.util.TreeMap<>(computed).entrySet().stream()
                            .map(e -> new ComputedResponse(e.getKey(), e.getValue().value(), e.getValue().basis()))
                            .toList());
        }
    }

    record VerdictResponse(CheckpointResponse checkpoint, List<TransitionResponse> transitions) {}
}
