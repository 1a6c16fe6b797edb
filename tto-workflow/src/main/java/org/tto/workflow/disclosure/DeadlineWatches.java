package org.tto.workflow.disclosure;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tto.disclosure.Commands.CloseDeadline;
import org.tto.disclosure.Commands.RecordFilings;
import org.tto.disclosure.Deadline;
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

    /** Reminders go out early in the (UTC) morning of their day. */
    private static final int REMINDER_HOUR = 6;

    private final DisclosureService cases;
    private final RuntimeService runtime;

    public DeadlineWatches(DisclosureService cases, RuntimeService runtime) {
        this.cases = cases;
        this.runtime = runtime;
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

    private void watch(Deadline deadline) {
        LocalDate due = deadline.dueDate();
        runtime.startProcessInstanceByKey(DeadlineWatchProcess.KEY, DeadlineWatchProcess.businessKey(deadline.id()),
                Map.of(DeadlineWatchProcess.Variables.DEADLINE_ID, deadline.id(),
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
