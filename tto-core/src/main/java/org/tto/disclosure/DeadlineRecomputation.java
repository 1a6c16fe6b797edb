package org.tto.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tto.docketing.ComputedDeadline;
import org.tto.docketing.DeadlineCalculator;
import org.tto.docketing.DeadlineRuleChange;
import org.tto.docketing.DeadlineRuleChangeRepository;

/**
 * The follow-up of a migration that changes docketing rules (V015: WIPO's figures for L..Z, closed national routes):
 * every open deadline docketed under a rule whose figure (months, days) or confirmation no longer matches the rule
 * as it stands is computed again from its anchor date, with a trace line saying which rule changed and why (from
 * {@code deadline_rule_change}). A rule replaced by the regional route's (SM -> EP) moves the deadline to that rule;
 * a withdrawn rule, or a route the filing already has a deadline for, waives it with the reason. Deadlines marked
 * done or waived are never touched. Idempotent: a recomputed deadline matches its rule and is not stale again.
 */
@Service
@Transactional
public class DeadlineRecomputation {

    private final DeadlineRepository deadlines;
    private final DeadlineRuleChangeRepository changes;
    private final DeadlineCalculator calculator;
    private final DisclosureService cases;
    private final Clock clock;

    public DeadlineRecomputation(DeadlineRepository deadlines, DeadlineRuleChangeRepository changes,
            DeadlineCalculator calculator, DisclosureService cases, Clock clock) {
        this.deadlines = deadlines;
        this.changes = changes;
        this.calculator = calculator;
        this.cases = cases;
        this.clock = clock;
    }

    /** One deadline recomputed: before and after, and the trace line written. */
    public record Recomputed(long deadlineId, long disclosureId, String ruleBefore, String ruleAfter,
            LocalDate dueBefore, LocalDate dueAfter, Deadline.Status status, String traceLine) {

        public boolean stillOpen() {
            return status == Deadline.Status.OPEN;
        }
    }

    /** The open deadlines whose rule changed since they were docketed. */
    @Transactional(readOnly = true)
    public List<Long> stale() {
        return deadlines.findByStatusOrderById(Deadline.Status.OPEN).stream().filter(this::isStale)
                .map(Deadline::id).toList();
    }

    /** Recomputes that deadline if it is still open and stale; empty when there is nothing to do. */
    public Optional<Recomputed> recompute(long deadlineId) {
        Deadline deadline = deadlines.findById(deadlineId).orElse(null);
        if (deadline == null || deadline.status() != Deadline.Status.OPEN || !isStale(deadline)) {
            return Optional.empty();
        }
        String ruleBefore = deadline.ruleId();
        LocalDate dueBefore = deadline.dueDate();
        Optional<DeadlineRuleChange> change = changes.findFirstByRuleIdOrderByMigrationDesc(ruleBefore);
        Optional<ComputedDeadline> now = calculator.underRule(ruleBefore, deadline.anchorDate());
        if (now.isPresent()) {
            ComputedDeadline computed = now.get();
            deadline.recompute(computed, change.map(DeadlineRuleChange::reason).orElseGet(() -> "the rule changed ("
                    + deadline.months() + " months " + deadline.days() + " days -> " + computed.months()
                    + " months " + computed.days() + " days)"));
        } else {
            DeadlineRuleChange gone = change.orElseThrow();
            Optional<String> replacement = gone.replacedBy();
            Optional<Deadline> twin = replacement.flatMap(rule -> deadlines
                    .findByFilingIdAndRuleId(deadline.filingId(), rule).stream().findFirst());
            Optional<ComputedDeadline> replaced = replacement
                    .flatMap(rule -> calculator.underRule(rule, deadline.anchorDate()));
            if (twin.isPresent()) {
                deadline.withdraw(gone.reason() + "; the filing already has deadline " + twin.get().id()
                        + " for that route", clock.instant());
            } else if (replaced.isPresent()) {
                deadline.recompute(replaced.get(), gone.reason());
            } else {
                deadline.withdraw(gone.reason(), clock.instant());
            }
        }
        List<String> revisions = deadline.revisions();
        String line = revisions.get(revisions.size() - 1);
        boolean open = deadline.status() == Deadline.Status.OPEN;
        cases.recordEvent(deadline.disclosureId(), DisclosureService.SYSTEM,
                open ? CaseEvent.DEADLINE_RECOMPUTED : CaseEvent.DEADLINE_WITHDRAWN, deadline.title() + ": " + line);
        return Optional.of(new Recomputed(deadline.id(), deadline.disclosureId(), ruleBefore, deadline.ruleId(),
                dueBefore, deadline.dueDate(), deadline.status(), line));
    }

    private boolean isStale(Deadline deadline) {
        Optional<ComputedDeadline> now = calculator.underRule(deadline.ruleId(), deadline.anchorDate());
        if (now.isEmpty()) {
            return changes.findFirstByRuleIdOrderByMigrationDesc(deadline.ruleId()).isPresent();
        }
        ComputedDeadline computed = now.get();
        return computed.months() != deadline.months() || computed.days() != deadline.days()
                || !Objects.equals(computed.unconfirmedReason(), deadline.unconfirmedReason());
    }
}
