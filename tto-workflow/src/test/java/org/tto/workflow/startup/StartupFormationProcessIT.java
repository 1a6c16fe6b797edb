package org.tto.workflow.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.tto.identity.Actor;
import org.tto.identity.Role;
import org.tto.shared.RuleViolationException;
import org.tto.startup.PlanVerdict;
import org.tto.startup.StartupCommands.FormStartup;
import org.tto.startup.StartupCommands.NewFounder;
import org.tto.startup.StartupCompany;
import org.tto.startup.StartupService;
import org.tto.testsupport.OnMariaDb;
import org.tto.workflow.startup.StartupFormationProcess.Elements;
import org.tto.workflow.startup.StartupFormationProcess.Variables;

/**
 * Every path of bpmn/startup-formation.bpmn on the real engine (job executor off, clock moved for the reminder),
 * with the domain's use cases mocked: no conflict; plan revised then approved and the conflict cleared; plan
 * declined; conflict refused; the incorporation reminder; the start refused; and the path called from another
 * process as a call activity, without anybody starting it.
 */
@SpringBootTest
@OnMariaDb
class StartupFormationProcessIT {

    private static final AtomicLong IDS = new AtomicLong(9000);

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    ManagementService management;

    @Autowired
    StartupFormations formations;

    @MockitoBean
    StartupService startups;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void withoutAnInventorFounderAnApprovedPlanGoesStraightToIncorporationAndEndsActive() {
        ProcessInstance process = start("UNA");
        verify(startups).recordPathStarted(disclosureId(process), "officer-a");

        Task founders = onlyTask(process);
        assertThat(founders.getTaskDefinitionKey()).isEqualTo(Elements.RECORD_FOUNDERS);
        assertThat(candidateGroups(founders)).containsExactly("officers-UNA");
        long startupId = recordFounders(founders, false);

        Task review = onlyTask(process);
        assertThat(review.getTaskDefinitionKey()).isEqualTo(Elements.REVIEW_PLAN);
        assertThat(candidateGroups(review)).containsExactly("directors-UNA");
        tasks.complete(review.getId(), Map.of(Variables.PLAN_VERDICT, "APPROVE"));

        Task incorporation = onlyTask(process);
        assertThat(incorporation.getTaskDefinitionKey()).isEqualTo(Elements.RECORD_INCORPORATION);
        assertThat(candidateGroups(incorporation)).containsExactly("officers-UNA");
        verify(startups, never()).recordPathEnded(anyLong());
        tasks.complete(incorporation.getId());

        verify(startups).recordPathEnded(startupId);
        verify(startups, never()).recordPathAbandoned(anyLong());
        assertEndedAt(process, Elements.END_ACTIVE);
        assertThat(visited(process)).doesNotContain(Elements.REVIEW_CONFLICT, Elements.REVISE_PLAN);
    }

    @Test
    void aPlanSentBackIsRevisedAndReviewedAgainThenAnInventorFounderNeedsTheConflictCleared() {
        ProcessInstance process = start("UNB");
        long startupId = recordFounders(onlyTask(process), true);
        tasks.complete(onlyTask(process).getId(), Map.of(Variables.PLAN_VERDICT, "REVISE"));

        Task revise = onlyTask(process);
        assertThat(revise.getTaskDefinitionKey()).isEqualTo(Elements.REVISE_PLAN);
        assertThat(candidateGroups(revise)).containsExactly("officers-UNB");
        tasks.complete(revise.getId());

        Task reviewAgain = onlyTask(process);
        assertThat(reviewAgain.getTaskDefinitionKey()).isEqualTo(Elements.REVIEW_PLAN);
        tasks.complete(reviewAgain.getId(), Map.of(Variables.PLAN_VERDICT, "APPROVE"));

        Task conflict = onlyTask(process);
        assertThat(conflict.getTaskDefinitionKey()).isEqualTo(Elements.REVIEW_CONFLICT);
        assertThat(candidateGroups(conflict)).containsExactly("directors-UNB");
        tasks.complete(conflict.getId(), Map.of(Variables.CONFLICT_CLEARED, true));
        assertThat(onlyTask(process).getTaskDefinitionKey()).isEqualTo(Elements.RECORD_INCORPORATION);
        tasks.complete(onlyTask(process).getId());

        verify(startups).recordPathEnded(startupId);
        assertEndedAt(process, Elements.END_ACTIVE);
        assertThat(visited(process)).containsSubsequence(Elements.RECORD_FOUNDERS, Elements.REVIEW_PLAN,
                Elements.REVISE_PLAN, Elements.REVIEW_PLAN, Elements.REVIEW_CONFLICT, Elements.RECORD_INCORPORATION,
                "Service_RecordStartupPathEnd");
    }

    @Test
    void aDeclinedPlanEndsThePathAbandoned() {
        ProcessInstance process = start("UNA");
        long startupId = recordFounders(onlyTask(process), true);

        tasks.complete(onlyTask(process).getId(), Map.of(Variables.PLAN_VERDICT, "DECLINE"));

        verify(startups).recordPathAbandoned(startupId);
        verify(startups, never()).recordPathEnded(anyLong());
        assertEndedAt(process, Elements.END_ABANDONED);
        assertThat(visited(process)).doesNotContain(Elements.REVIEW_CONFLICT, Elements.RECORD_INCORPORATION);
    }

    @Test
    void aRefusedConflictEndsThePathAbandoned() {
        ProcessInstance process = start("UNA");
        long startupId = recordFounders(onlyTask(process), true);
        tasks.complete(onlyTask(process).getId(), Map.of(Variables.PLAN_VERDICT, "APPROVE"));
        assertThat(onlyTask(process).getTaskDefinitionKey()).isEqualTo(Elements.REVIEW_CONFLICT);

        tasks.complete(onlyTask(process).getId(), Map.of(Variables.CONFLICT_CLEARED, false));

        verify(startups).recordPathAbandoned(startupId);
        verify(startups, never()).recordPathEnded(anyLong());
        assertEndedAt(process, Elements.END_ABANDONED);
        assertThat(visited(process)).doesNotContain(Elements.RECORD_INCORPORATION);
    }

    @Test
    void theOfficersAreRemindedEveryFourteenDaysUntilIncorporationIsRecorded() {
        ProcessInstance process = start("UNA");
        long startupId = recordFounders(onlyTask(process), false);
        assertThat(management.createJobQuery().processInstanceId(process.getId()).timers().count())
                .as("no reminder before the incorporation step").isZero();
        tasks.complete(onlyTask(process).getId(), Map.of(Variables.PLAN_VERDICT, "APPROVE"));
        Task incorporation = onlyTask(process);

        Job reminder = onlyTimer(process);
        assertThat(reminder.getDuedate()).isCloseTo(Date.from(Instant.now().plus(14, ChronoUnit.DAYS)), 60_000);
        moveClockTo(reminder.getDuedate().toInstant().plusSeconds(1));
        management.executeJob(reminder.getId());

        verify(startups).remindIncorporation(startupId);
        assertThat(onlyTask(process).getId()).as("the reminder does not interrupt the task")
                .isEqualTo(incorporation.getId());
        Job next = onlyTimer(process);
        assertThat(next.getDuedate()).as("the cycle re-arms for another 14 days")
                .isCloseTo(Date.from(reminder.getDuedate().toInstant().plus(14, ChronoUnit.DAYS)), 60_000);

        tasks.complete(incorporation.getId());

        assertThat(management.createJobQuery().processInstanceId(process.getId()).count())
                .as("the reminder stops with incorporation").isZero();
        verify(startups, times(1)).remindIncorporation(anyLong());
        assertEndedAt(process, Elements.END_ACTIVE);
    }

    @Test
    void aStartTheCaseRefusesLeavesNoProcessBehind() {
        long disclosureId = IDS.incrementAndGet();
        doThrow(new RuleViolationException("case.ready-for-commercialisation", "not ready"))
                .when(startups).recordPathStarted(disclosureId, null);

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(StartupFormationProcess.KEY, "UNA-2026-"
                + disclosureId, Map.of(Variables.DISCLOSURE_ID, disclosureId, Variables.INSTITUTION_CODE, "UNA")))
                .isInstanceOf(RuleViolationException.class);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("UNA-2026-" + disclosureId)
                .count()).isZero();
    }

    @Test
    void calledFromTheCasesProcessThePathRunsUnderTheCasesReferenceWithoutAnybodyStartingIt() {
        long disclosureId = IDS.incrementAndGet();
        String reference = "UNB-2026-" + disclosureId;
        ProcessInstance caller = runtime.startProcessInstanceByKey("startupFormationCaller", reference,
                Map.of(Variables.DISCLOSURE_ID, disclosureId, Variables.INSTITUTION_CODE, "UNB", "routesChosenBy",
                        "officer-b"));

        ProcessInstance path = runtime.createProcessInstanceQuery().superProcessInstanceId(caller.getId())
                .singleResult();
        assertThat(path.getBusinessKey()).isEqualTo(reference);
        verify(startups).recordPathStarted(disclosureId, "officer-b");
        Task founders = onlyTask(path);
        assertThat(candidateGroups(founders)).containsExactly("officers-UNB");
        long startupId = recordFounders(founders, false);
        tasks.complete(onlyTask(path).getId(), Map.of(Variables.PLAN_VERDICT, "DECLINE"));

        verify(startups).recordPathAbandoned(startupId);
        assertEndedAt(path, Elements.END_ABANDONED);
        assertEndedAt(caller, "End_CaseGoesOn");
    }

    @Test
    void theFoundersTaskCompletedThroughItsServicePutsOnlyTheIdAndTheFlagIntoTheProcessAndOtherTasksAreRefused() {
        ProcessInstance process = start("UNA");
        Task founders = onlyTask(process);
        Actor officer = new Actor("officer-" + IDS.incrementAndGet(), Role.OFFICER, 1L, "UNA", "KE");
        tasks.setAssignee(founders.getId(), officer.username());
        long startupId = IDS.incrementAndGet();
        StartupCompany formed = mock(StartupCompany.class);
        when(formed.id()).thenReturn(startupId);
        when(formed.conflictFlagged()).thenReturn(true);
        FormStartup command = new FormStartup("Maji Membranes Ltd", "Membranes for county utilities",
                List.of(new NewFounder("Irene", true, "inventor-a")));
        when(startups.form(officer, disclosureId(process), command)).thenReturn(formed);

        assertThatThrownBy(() -> formations.reviewPlan(officer, founders.getId(), PlanVerdict.APPROVE, null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("not the step");
        formations.recordFounders(officer, founders.getId(), command);

        Task review = onlyTask(process);
        assertThat(review.getTaskDefinitionKey()).isEqualTo(Elements.REVIEW_PLAN);
        assertThat(runtime.getVariables(process.getId())).containsOnlyKeys(Variables.DISCLOSURE_ID,
                Variables.INSTITUTION_CODE, Variables.STARTED_BY, Variables.STARTUP_ID, Variables.CONFLICT_FLAGGED)
                .containsEntry(Variables.STARTUP_ID, startupId).containsEntry(Variables.CONFLICT_FLAGGED, true);
        verify(startups, never()).reviewPlan(any(), anyLong(), any(), any());
        verify(startups).form(eq(officer), eq(disclosureId(process)), eq(command));
    }

    private ProcessInstance start(String institution) {
        long id = IDS.incrementAndGet();
        return runtime.startProcessInstanceByKey(StartupFormationProcess.KEY, institution + "-2026-" + id,
                Map.of(Variables.DISCLOSURE_ID, id, Variables.INSTITUTION_CODE, institution, Variables.STARTED_BY,
                        "officer-a"));
    }

    /** Completes 'Record the founders' as its service does: the start-up's id and the conflict flag. */
    private long recordFounders(Task founders, boolean inventorFounder) {
        assertThat(founders.getTaskDefinitionKey()).isEqualTo(Elements.RECORD_FOUNDERS);
        long startupId = IDS.incrementAndGet();
        tasks.complete(founders.getId(), Map.of(Variables.STARTUP_ID, startupId, Variables.CONFLICT_FLAGGED,
                inventorFounder));
        return startupId;
    }

    private long disclosureId(ProcessInstance process) {
        return ((Number) runtime.getVariable(process.getId(), Variables.DISCLOSURE_ID)).longValue();
    }

    private Task onlyTask(ProcessInstance process) {
        return tasks.createTaskQuery().processInstanceId(process.getId()).singleResult();
    }

    private Job onlyTimer(ProcessInstance process) {
        return management.createJobQuery().processInstanceId(process.getId()).timers().singleResult();
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(g -> g != null).toList();
    }

    private List<String> visited(ProcessInstance process) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(process.getId())
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
                .map(a -> a.getActivityId()).toList();
    }

    private void assertEndedAt(ProcessInstance process, String endEvent) {
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(process.getId()).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(process.getId()).singleResult()
                .getEndActivityId()).isEqualTo(endEvent);
    }

    private static void moveClockTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}
