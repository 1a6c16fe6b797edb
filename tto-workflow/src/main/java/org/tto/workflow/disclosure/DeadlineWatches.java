package org.tto.workflow.disclosure;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tto.disclosure.Commands.CloseDeadline;
import org.tto.disclosure.Commands.RecordFilings;
import org.tto.disclosure.Deadline;
import org.tto.disclosure.DeadlineRecomputation;
import org.tto.disclosure.DeadlineRecomputation.Recomputed;
import org.tto.disclosure.DisclosureService;
import org.tto.disclosure.Filing;
import org.tto.identity.Actor;

/**
 * Every open deadline has a watch: an instance of {@code deadlineWatch} whose timers remind the officers 90, 30 and 7
 * days before the due date and escalate to the director the day after it, unless the deadline is closed first.
 * Timers are engine jobs, so in a cluster each fires on exactly one node.
 */
@Service
@Transactional
public class DeadlineWatches {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatches.class);

    /** Reminders go out early in the (UTC) morning of their day. */
    private static final int REMINDER_HOUR = 6;

    private final DisclosureService cases;
    private final DeadlineRecomputation recomputation;
    private final RuntimeService runtime;
    private final TransactionTemplate transaction;

    public DeadlineWatches(DisclosureService cases, DeadlineRecomputation recomputation, RuntimeService runtime,
            PlatformTransactionManager transactions) {
        this.cases = cases;
        this.recomputation = recomputation;
        this.runtime = runtime;
        this.transaction = new TransactionTemplate(transactions);
    }

    public List<Deadline> docketAndWatch(long disclosureId) {
        List<Deadline> docketed = cases.docket(disclosureId);
        docketed.forEach(this::watch);
        return docketed;
    }

    /** Filings recorded after the workflow's filing step (e.g. the PCT application a year later). */
    public List<Filing> recordLaterFilings(Actor actor, long disclosureId, RecordFilings command) {
        List<Filing> recorded = cases.recordFilings(actor, disclosureId, command);
        docketAndWatch(disclosureId);
        return recorded;
    }

    public Deadline close(Actor actor, long disclosureId, long deadlineId, CloseDeadline command) {
        Deadline deadline = cases.closeDeadline(actor, disclosureId, deadlineId, command);
        runtime.createMessageCorrelation(DeadlineWatchProcess.Messages.DEADLINE_CLOSED)
                .processInstanceBusinessKey(DeadlineWatchProcess.businessKey(deadlineId))
                .correlateAllWithResult();
        return deadline;
    }

    /**
     * The follow-up of a migration that changed docketing rules: each open deadline under a changed rule is
     * recomputed ({@link DeadlineRecomputation}) and its watch moved to the new due date (the old watch is deleted
     * and a new one started; a deadline withdrawn with its rule has its watch ended), each deadline in a transaction
     * of its own. Another node doing the same deadline at the same time wins; this one skips it.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<Recomputed> recomputeUnderChangedRules() {
        List<Recomputed> done = new ArrayList<>();
        for (long deadlineId : recomputation.stale()) {
            try {
                Optional<Recomputed> recomputed = transaction.execute(status -> {
                    Optional<Recomputed> result = recomputation.recompute(deadlineId);
                    result.ifPresent(this::moveWatch);
                    return result;
                });
                recomputed.ifPresent(done::add);
            } catch (OptimisticLockingFailureException e) {
                log.info("Deadline {} was recomputed by another node", deadlineId);
            }
        }
        return done;
    }

    private void moveWatch(Recomputed recomputed) {
        String key = DeadlineWatchProcess.businessKey(recomputed.deadlineId());
        if (!recomputed.stillOpen()) {
            runtime.createMessageCorrelation(DeadlineWatchProcess.Messages.DEADLINE_CLOSED)
                    .processInstanceBusinessKey(key).correlateAllWithResult();
            return;
        }
        for (ProcessInstance old : runtime.createProcessInstanceQuery().processDefinitionKey(DeadlineWatchProcess.KEY)
                .processInstanceBusinessKey(key).list()) {
            runtime.deleteProcessInstance(old.getId(), "due date moved: " + recomputed.traceLine());
        }
        watch(recomputed.deadlineId(), recomputed.dueAfter());
    }

    private void watch(Deadline deadline) {
        watch(deadline.id(), deadline.dueDate());
    }

    private void watch(long deadlineId, LocalDate due) {
        runtime.startProcessInstanceByKey(DeadlineWatchProcess.KEY, DeadlineWatchProcess.businessKey(deadlineId),
                Map.of(DeadlineWatchProcess.Variables.DEADLINE_ID, deadlineId,
                        DeadlineWatchProcess.Variables.REMIND_90_AT, morningOf(due.minusDays(90)),
                        DeadlineWatchProcess.Variables.REMIND_30_AT, morningOf(due.minusDays(30)),
                        DeadlineWatchProcess.Variables.REMIND_7_AT, morningOf(due.minusDays(7)),
                        DeadlineWatchProcess.Variables.DUE_AT,
                        Date.from(due.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))));
    }

    private static Date morningOf(LocalDate day) {
        return Date.from(day.atTime(REMINDER_HOUR, 0).toInstant(ZoneOffset.UTC));
    }
}
