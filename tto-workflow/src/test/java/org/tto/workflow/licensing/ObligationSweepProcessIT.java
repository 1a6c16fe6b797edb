package org.tto.workflow.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.tto.licensing.LicensingService;
import org.tto.testsupport.OnMariaDb;

/**
 * bpmn/obligation-sweep.bpmn on the real engine, the clock moved to its timer: the deployed process waits for 07:00;
 * when the timer is due, the sweep runs once, its count is kept in the history, and the next day's timer waits.
 * (That one node only runs a due timer is the engine's job locking, shown for the same kind of timer by
 * {@code PlanWatchTwoNodesIT}.)
 */
@SpringBootTest
@OnMariaDb
class ObligationSweepProcessIT {

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
    void theDailyTimerSweepsOnceAndWaitsForTheNextMorning() {
        Job timer = sweepTimer();
        assertThat(timer).as("the deployed obligationSweep waits on its daily timer").isNotNull();
        assertThat(local(timer.getDuedate()).toLocalTime()).isEqualTo(LocalTime.of(7, 0));
        when(licensing.sweepLate()).thenReturn(3);
        clearInvocations(licensing);

        ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
        management.executeJob(timer.getId());

        verify(licensing, times(1)).sweepLate();
        HistoricProcessInstance run = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ObligationSweepProcess.KEY).finished().orderByProcessInstanceEndTime().desc()
                .listPage(0, 1).get(0);
        assertThat(run.getEndActivityId()).isEqualTo(ObligationSweepProcess.Elements.END);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(run.getId())
                .variableName(ObligationSweepProcess.Variables.MARKED_LATE).singleResult().getValue()).isEqualTo(3);
        Job next = sweepTimer();
        assertThat(next.getId()).isNotEqualTo(timer.getId());
        assertThat(local(next.getDuedate())).as("the next morning's timer")
                .isEqualTo(local(timer.getDuedate()).plusDays(1));
    }

    @Test
    void aFailedSweepKeepsItsJobForRetryAndTheCycleGoesOn() {
        Job timer = sweepTimer();
        clearInvocations(licensing);
        when(licensing.sweepLate()).thenThrow(new IllegalStateException("database away"));
        ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
        long finishedBefore = finishedRuns();

        try {
            management.executeJob(timer.getId());
        } catch (RuntimeException expected) {
            // the job executor records the failure the same way and retries the job later
        }

        assertThat(finishedRuns()).isEqualTo(finishedBefore);
        Job failed = management.createJobQuery().jobId(timer.getId()).singleResult();
        assertThat(failed.getRetries()).as("left for the job executor to retry").isEqualTo(timer.getRetries() - 1);
        assertThat(failed.getExceptionMessage()).contains("database away");
        // the engine schedules the next morning's timer at once, so one failed day does not stop the cycle
        assertThat(sweepTimers()).extracting(j -> local(j.getDuedate())).containsExactly(local(timer.getDuedate()),
                local(timer.getDuedate()).plusDays(1));

        doReturn(0).when(licensing).sweepLate();
        management.executeJob(timer.getId());
        assertThat(finishedRuns()).isEqualTo(finishedBefore + 1);
        // the retry ran the sweep and created no second timer for the next morning
        verify(licensing, times(2)).sweepLate();
        assertThat(sweepTimers()).extracting(j -> local(j.getDuedate()))
                .containsExactly(local(timer.getDuedate()).plusDays(1));
    }

    private long finishedRuns() {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(ObligationSweepProcess.KEY)
                .finished().count();
    }

    /** The engine's cron runs in the JVM's time zone. */
    private static LocalDateTime local(Date date) {
        return LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }

    /** The earliest due sweep timer. */
    private Job sweepTimer() {
        return sweepTimers().stream().findFirst().orElse(null);
    }

    private List<Job> sweepTimers() {
        return management.createJobQuery().processDefinitionKey(ObligationSweepProcess.KEY).timers()
                .orderByJobDuedate().asc().list();
    }
}
