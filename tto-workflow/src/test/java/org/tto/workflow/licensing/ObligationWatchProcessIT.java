package org.tto.workflow.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.tto.identity.Actor;
import org.tto.identity.Role;
import org.tto.licensing.LicensingCommands.ExecuteAgreement;
import org.tto.licensing.LicensingService;
import org.tto.licensing.Obligation;
import org.tto.testsupport.OnMariaDb;

/**
 * Every path of bpmn/obligation-watch.bpmn on the real engine, the clock moved for its timers: reminded then late
 * and escalated; fulfilled before the reminder; fulfilled between the reminder and the due date.
 */
@SpringBootTest
@OnMariaDb
class ObligationWatchProcessIT {

    private static final AtomicLong IDS = new AtomicLong(7000);
    private static final Actor OFFICER = new Actor("officer-a", Role.OFFICER, 1L, "UNA", "KE");

    @Autowired
    ObligationWatches watches;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    HistoryService history;

    @MockitoBean
    LicensingService licensing;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anUnfulfilledObligationIsRemindedThenMarkedLateAndEscalated() {
        LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(90);
        long id = executeWithOneObligationDue(due);
        ProcessInstance watch = watchOf(id);

        Job reminder = onlyTimer(watch);
        assertThat(reminder.getDuedate()).isEqualTo(morning(due.minusDays(30)));
        moveClockTo(reminder.getDuedate());
        management.executeJob(reminder.getId());
        verify(licensing).remindObligation(id);
        verify(licensing, never()).markLateAndEscalate(anyLong());

        Job late = onlyTimer(watch);
        assertThat(late.getDuedate()).isEqualTo(morning(due.plusDays(1)));
        moveClockTo(late.getDuedate());
        management.executeJob(late.getId());

        verify(licensing).markLateAndEscalate(id);
        assertEndedAt(watch, ObligationWatchProcess.Elements.END_ESCALATED);
    }

    @Test
    void anObligationFulfilledBeforeTheReminderEndsItsWatchQuietly() {
        long id = executeWithOneObligationDue(LocalDate.now(ZoneOffset.UTC).plusDays(90));
        ProcessInstance watch = watchOf(id);

        watches.fulfil(OFFICER, id, LocalDate.now(ZoneOffset.UTC));

        verify(licensing, never()).remindObligation(anyLong());
        assertEndedAt(watch, ObligationWatchProcess.Elements.END_FULFILLED);
        assertThat(management.createJobQuery().processInstanceId(watch.getId()).count()).isZero();
    }

    @Test
    void anObligationFulfilledAfterTheReminderIsNeverEscalated() {
        LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(40);
        long id = executeWithOneObligationDue(due);
        ProcessInstance watch = watchOf(id);
        Job reminder = onlyTimer(watch);
        moveClockTo(reminder.getDuedate());
        management.executeJob(reminder.getId());

        watches.fulfil(OFFICER, id, due.minusDays(3));

        verify(licensing).remindObligation(id);
        verify(licensing, never()).markLateAndEscalate(anyLong());
        assertEndedAt(watch, ObligationWatchProcess.Elements.END_FULFILLED);
    }

    private long executeWithOneObligationDue(LocalDate due) {
        long id = IDS.incrementAndGet();
        Obligation obligation = mock(Obligation.class);
        when(obligation.id()).thenReturn(id);
        when(obligation.dueDate()).thenReturn(due);
        long agreementId = IDS.incrementAndGet();
        when(licensing.execute(any(), eq(agreementId), any())).thenReturn(List.of(obligation));
        watches.execute(OFFICER, agreementId, new ExecuteAgreement(LocalDate.now(ZoneOffset.UTC)));
        return id;
    }

    private ProcessInstance watchOf(long obligationId) {
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(ObligationWatchProcess.businessKey(obligationId)).singleResult();
    }

    private Job onlyTimer(ProcessInstance watch) {
        return management.createJobQuery().processInstanceId(watch.getId()).timers().singleResult();
    }

    private void assertEndedAt(ProcessInstance process, String endEvent) {
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(process.getId()).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(process.getId()).singleResult()
                .getEndActivityId()).isEqualTo(endEvent);
    }

    private static Date morning(LocalDate day) {
        return Date.from(day.atTime(6, 0).toInstant(ZoneOffset.UTC));
    }

    private static void moveClockTo(Date date) {
        ClockUtil.setCurrentTime(new Date(date.getTime() + 1000));
    }
}
