package org.tto.checkpoint;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tto.identity.AppUser;
import org.tto.identity.Directory;
import org.tto.identity.Role;
import org.tto.notification.Mailer;
import org.tto.plan.ActionItem;
import org.tto.plan.ImplementationPlan;
import org.tto.plan.PlanRepository;
import org.tto.plan.PlanState;

/**
 * The daily watch over plans: flags mandatory action items past their due date and checkpoints whose due date passed
 * without a submission, notifies the country's coordinator, and — once an item or a checkpoint is overdue by more than
 * the grace period — the reviewers; and the conditions of a conditional pass not met by their due date. Every notification is recorded on the plan. Each item or checkpoint is notified once, so
 * running the watch twice on one day changes nothing the second time.
 */
@Service
public class OverdueWatch {

    private static final List<PlanState> NOT_WATCHED =
            List.of(PlanState.SUSPENDED, PlanState.CLOSED, PlanState.SUSTAINABLE);

    private final PlanRepository plans;
    private final CheckpointRepository checkpoints;
    private final Directory directory;
    private final Mailer mailer;
    private final Clock clock;
    private final int graceDays;

    public OverdueWatch(PlanRepository plans, CheckpointRepository checkpoints, Directory directory, Mailer mailer,
            Clock clock, @Value("${tto.plan.watch.reviewer-grace-days:14}") int graceDays) {
        this.plans = plans;
        this.checkpoints = checkpoints;
        this.directory = directory;
        this.mailer = mailer;
        this.clock = clock;
        this.graceDays = graceDays;
    }

    /** What one run of the watch did. */
    public record Result(int overdueItems, int overdueCheckpoints, int escalatedToReviewers,
            int overdueConditions) {}

    @Transactional
    public Result flagOverdue(LocalDate today) {
        int items = 0;
        int overdueCheckpoints = 0;
        int escalated = 0;
        int overdueConditions = 0;
        for (ImplementationPlan plan : plans.findByStateNotIn(NOT_WATCHED)) {
            List<ActionItem> flagged = plan.flagOverdueMandatoryItems(today);
            if (!flagged.isEmpty()) {
                items += flagged.size();
                notify(plan, coordinatorsOf(plan), "Overdue mandatory action items at " + plan.institution().code(),
                        describe(flagged));
            }
            List<ActionItem> escalatedItems = plan.escalateOverdueMandatoryItems(today, graceDays);
            if (!escalatedItems.isEmpty()) {
                escalated += escalatedItems.size();
                notify(plan, reviewers(), "Mandatory action items overdue beyond grace at "
                        + plan.institution().code(), "Still open " + graceDays + " days after their due date:\n"
                        + describe(escalatedItems));
            }
            for (SustainabilityCheckpoint checkpoint : checkpoints.findByPlanIdOrderByDueDateAscIdAsc(plan.id())) {
                List<Condition> lateConditions = checkpoint.flagOverdueConditions(today);
                if (!lateConditions.isEmpty()) {
                    overdueConditions += lateConditions.size();
                    notify(plan, coordinatorsOf(plan), "Conditions of a checkpoint overdue at "
                            + plan.institution().code(), describe(checkpoint) + " passed on conditions not met by "
                            + "their due date:\n" + lateConditions.stream().map(c -> "- " + c.description()
                                    + " (due " + c.dueDate() + ")").collect(Collectors.joining("\n")));
                }
                if (!checkpoint.isOverdue(today)) {
                    continue;
                }
                if (checkpoint.overdueFlaggedOn().isEmpty()) {
                    checkpoint.flagOverdue(today);
                    overdueCheckpoints++;
                    notify(plan, coordinatorsOf(plan), "Sustainability checkpoint overdue at "
                            + plan.institution().code(), describe(checkpoint) + " has not been submitted.");
                }
                if (checkpoint.reviewerNotifiedOn().isEmpty()
                        && checkpoint.dueDate().plusDays(graceDays).isBefore(today)) {
                    checkpoint.markReviewerNotified(today);
                    escalated++;
                    notify(plan, reviewers(), "Sustainability checkpoint overdue beyond grace at "
                            + plan.institution().code(), describe(checkpoint) + " is still not submitted, "
                            + graceDays + " days after its due date.");
                }
            }
        }
        return new Result(items, overdueCheckpoints, escalated, overdueConditions);
    }

    private static String describe(List<ActionItem> items) {
        return items.stream().map(i -> "- " + i.title() + " (due " + i.dueDate().orElseThrow() + ", owner "
                + i.owner().orElse("none") + ")").collect(Collectors.joining("\n"));
    }

    private static String describe(SustainabilityCheckpoint checkpoint) {
        return "The " + checkpoint.kind().name().toLowerCase() + " checkpoint due " + checkpoint.dueDate();
    }

    private void notify(ImplementationPlan plan, List<AppUser> recipients, String subject, String body) {
        List<String> addresses = recipients.stream().map(AppUser::email).toList();
        Mailer.Outcome outcome = mailer.send(addresses, subject, body);
        plan.recordNotification(Instant.now(clock), recipients.stream().map(AppUser::username).toList(), subject,
                body, outcome.status().name());
    }

    private List<AppUser> coordinatorsOf(ImplementationPlan plan) {
        return directory.users().stream()
                .filter(u -> u.role() == Role.COORDINATOR && u.enabled())
                .filter(u -> u.countryCode().filter(plan.countryCode()::equals).isPresent())
                .toList();
    }

    private List<AppUser> reviewers() {
        return directory.users().stream().filter(u -> u.role() == Role.REVIEWER && u.enabled()).toList();
    }
}
