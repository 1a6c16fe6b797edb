package org.tto.workflow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.tto.disclosure.CaseNotices;
import org.tto.disclosure.DisclosureService;
import org.tto.testsupport.OnMariaDb;
import org.tto.workflow.disclosure.DeadlineWatchProcess.Variables;

/** Every path of bpmn/deadline-watch.bpmn: reminders 90, 30 and 7 days before, escalation after, or closed early. */
@SpringBootTest
@OnMariaDb
class DeadlineWatchProcessIT {

    private static final AtomicLong IDS = new AtomicLong(5000);
    private static final LocalDate DUE = LocalDate.of(2030, 6, 14);

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    HistoryService history;

    @MockitoBean
    DisclosureService cases;

    @MockitoBean
    CaseNotices notices;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void remindsNinetyThirtyAndSevenDaysBeforeThenEscalatesTheDayAfter() {
        long deadlineId = IDS.incrementAndGet();
        ProcessInstance watch = watch(deadlineId);

        assertThat(fireNextTimer(watch)).isEqualTo(at(DUE.minusDays(90), 6));
        assertThat(fireNextTimer(watch)).isEqualTo(at(DUE.minusDays(30), 6));
        assertThat(fireNextTimer(watch)).isEqualTo(at(DUE.minusDays(7), 6));
        assertThat(fireNextTimer(watch)).isEqualTo(at(DUE.plusDays(1), 0));

        InOrder order = inOrder(notices);
        order.verify(notices).remindDeadline(deadlineId, 90);
        order.verify(notices).remindDeadline(deadlineId, 30);
        order.verify(notices).remindDeadline(deadlineId, 7);
        order.verify(notices).escalateMissedDeadline(deadlineId);
        assertEnded(watch, "End_Escalated");
    }

    @Test
    void closingTheDeadlineStopsTheWatch() {
        long deadlineId = IDS.incrementAndGet();
        ProcessInstance watch = watch(deadlineId);
        fireNextTimer(watch);

        runtime.createMessageCorrelation(DeadlineWatchProcess.Messages.DEADLINE_CLOSED)
                .processInstanceBusinessKey(DeadlineWatchProcess.businessKey(deadlineId)).correlate();

        verify(notices).remindDeadline(deadlineId, 90);
        verify(notices, never()).remindDeadline(anyLong(), eq(30));
        verify(notices, never()).escalateMissedDeadline(anyLong());
        assertThat(management.createJobQuery().processInstanceId(watch.getId()).count()).isZero();
        assertEnded(watch, "End_DeadlineClosed");
    }

    @Test
    void aDeadlineClosedAtOnceSendsNothing() {
        long deadlineId = IDS.incrementAndGet();
        ProcessInstance watch = watch(deadlineId);

        runtime.createMessageCorrelation(DeadlineWatchProcess.Messages.DEADLINE_CLOSED)
                .processInstanceBusinessKey(DeadlineWatchProcess.businessKey(deadlineId)).correlate();

        verify(notices, never()).remindDeadline(anyLong(), anyInt());
        assertEnded(watch, "End_DeadlineClosed");
    }

    private ProcessInstance watch(long deadlineId) {
        return runtime.startProcessInstanceByKey(DeadlineWatchProcess.KEY, DeadlineWatchProcess.businessKey(deadlineId),
                Map.of(Variables.DEADLINE_ID, deadlineId,
                        Variables.REMIND_90_AT, Date.from(at(DUE.minusDays(90), 6)),
                        Variables.REMIND_30_AT, Date.from(at(DUE.minusDays(30), 6)),
                        Variables.REMIND_7_AT, Date.from(at(DUE.minusDays(7), 6)),
                        Variables.DUE_AT, Date.from(at(DUE.plusDays(1), 0))));
    }

    /** Moves the clock to the one pending timer, runs it, and says when it was due. */
    private Instant fireNextTimer(ProcessInstance watch) {
        Job timer = management.createJobQuery().processInstanceId(watch.getId()).timers().singleResult();
        ClockUtil.setCurrentTime(timer.getDuedate());
        management.executeJob(timer.getId());
        return timer.getDuedate().toInstant();
    }

    private void assertEnded(ProcessInstance watch, String endEvent) {
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(watch.getId()).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(watch.getId())
                .activityId(endEvent).finished().count()).isEqualTo(1);
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }
}
