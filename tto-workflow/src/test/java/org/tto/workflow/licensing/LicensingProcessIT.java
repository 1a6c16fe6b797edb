package org.tto.workflow.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.tto.licensing.LicensingPath;
import org.tto.licensing.LicensingPathService;
import org.tto.testsupport.OnMariaDb;
import org.tto.workflow.licensing.LicensingProcess.Elements;
import org.tto.workflow.licensing.LicensingProcess.Messages;
import org.tto.workflow.licensing.LicensingProcess.Variables;

/**
 * Every path of bpmn/licensing.bpmn on the real engine, with the domain's use cases mocked: brief, marketing (with its
 * reminder timer on a moved clock), NDA/CDA, with or without an option, term sheet, draft, with or without a
 * conflict of interest (cleared or not), approval (given or refused), execution; and abandonment at any wait state.
 */
@SpringBootTest
@OnMariaDb
class LicensingProcessIT {

    private static final AtomicLong IDS = new AtomicLong(5000);

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    ManagementService management;

    @MockitoBean
    LicensingPathService paths;

    private long pathId;

    @BeforeEach
    void pathsOpenWithAnId() {
        pathId = IDS.incrementAndGet();
        LicensingPath path = mock(LicensingPath.class);
        when(path.id()).thenReturn(pathId);
        when(paths.open(anyLong(), anyString(), anyString())).thenReturn(path);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void withoutOptionOrConflictTheTermSheetLeadsToDraftApprovalAndExecution() {
        ProcessInstance process = start("UNA");
        verify(paths).open(eq(disclosureId(process)), eq(process.getId()), eq("officer-a"));
        assertThat(runtime.getVariable(process.getId(), Variables.PATH_ID)).isEqualTo(pathId);

        complete(process, Elements.PREPARE_BRIEF, "officers-UNA", Map.of());
        complete(process, Elements.MARKET_TECHNOLOGY, "officers-UNA", Map.of());
        complete(process, Elements.RECORD_CONFIDENTIALITY, "officers-UNA", Map.of(Variables.OPTION_FIRST, false));
        complete(process, Elements.AGREE_TERM_SHEET, "officers-UNA", Map.of());
        complete(process, Elements.DRAFT_AGREEMENT, "officers-UNA", Map.of(Variables.AGREEMENT_ID, 77L,
                Variables.CONFLICT_FLAGGED, false));
        complete(process, Elements.APPROVE_AGREEMENT, "directors-UNA", Map.of(Variables.APPROVED, true));
        verify(paths, never()).recordExecuted(anyLong());
        complete(process, Elements.RECORD_EXECUTION, "officers-UNA", Map.of());

        verify(paths).recordExecuted(pathId);
        assertEndedAt(process, Elements.END);
        assertThat(visited(process)).doesNotContain(Elements.RECORD_OPTION, Elements.CLEAR_CONFLICT);
    }

    @Test
    void anOptionFirstThenAConflictTheDirectorClearsBeforeApproving() {
        ProcessInstance process = start("UNB");
        complete(process, Elements.PREPARE_BRIEF, "officers-UNB", Map.of());
        complete(process, Elements.MARKET_TECHNOLOGY, "officers-UNB", Map.of());
        complete(process, Elements.RECORD_CONFIDENTIALITY, "officers-UNB", Map.of(Variables.OPTION_FIRST, true));
        complete(process, Elements.RECORD_OPTION, "officers-UNB", Map.of());
        complete(process, Elements.AGREE_TERM_SHEET, "officers-UNB", Map.of());
        complete(process, Elements.DRAFT_AGREEMENT, "officers-UNB", Map.of(Variables.AGREEMENT_ID, 78L,
                Variables.CONFLICT_FLAGGED, true));
        complete(process, Elements.CLEAR_CONFLICT, "directors-UNB", Map.of(Variables.CONFLICT_CLEARED, true));
        complete(process, Elements.APPROVE_AGREEMENT, "directors-UNB", Map.of(Variables.APPROVED, true));
        complete(process, Elements.RECORD_EXECUTION, "officers-UNB", Map.of());

        verify(paths).recordExecuted(pathId);
        assertEndedAt(process, Elements.END);
        assertThat(visited(process)).containsSubsequence(Elements.RECORD_CONFIDENTIALITY, Elements.RECORD_OPTION,
                Elements.AGREE_TERM_SHEET, Elements.DRAFT_AGREEMENT, Elements.CLEAR_CONFLICT,
                Elements.APPROVE_AGREEMENT, Elements.RECORD_EXECUTION);
    }

    @Test
    void aConflictTheDirectorDoesNotClearEndsThePath() {
        ProcessInstance process = toDraft("UNA");
        complete(process, Elements.DRAFT_AGREEMENT, "officers-UNA", Map.of(Variables.AGREEMENT_ID, 79L,
                Variables.CONFLICT_FLAGGED, true));
        complete(process, Elements.CLEAR_CONFLICT, "directors-UNA", Map.of(Variables.CONFLICT_CLEARED, false));

        assertEndedAt(process, Elements.END_CONFLICT_NOT_CLEARED);
        assertThat(visited(process)).doesNotContain(Elements.APPROVE_AGREEMENT);
        verify(paths, never()).recordExecuted(anyLong());
    }

    @Test
    void aRefusedApprovalEndsThePathWithoutExecution() {
        ProcessInstance process = toDraft("UNA");
        complete(process, Elements.DRAFT_AGREEMENT, "officers-UNA", Map.of(Variables.AGREEMENT_ID, 80L,
                Variables.CONFLICT_FLAGGED, false));
        complete(process, Elements.APPROVE_AGREEMENT, "directors-UNA", Map.of(Variables.APPROVED, false));

        assertEndedAt(process, Elements.END_APPROVAL_REFUSED);
        assertThat(visited(process)).doesNotContain(Elements.RECORD_EXECUTION);
        verify(paths, never()).recordExecuted(anyLong());
    }

    @Test
    void thePathCanBeAbandonedAtAnyWaitState() {
        ProcessInstance atMarketing = start("UNA");
        complete(atMarketing, Elements.PREPARE_BRIEF, "officers-UNA", Map.of());
        abandon(atMarketing);
        assertAbandoned(atMarketing);
        assertThat(management.createJobQuery().processInstanceId(atMarketing.getId()).count())
                .as("the marketing reminder timer goes with the path").isZero();

        ProcessInstance atApproval = toDraft("UNB");
        complete(atApproval, Elements.DRAFT_AGREEMENT, "officers-UNB", Map.of(Variables.AGREEMENT_ID, 81L,
                Variables.CONFLICT_FLAGGED, false));
        abandon(atApproval);
        assertAbandoned(atApproval);
        verify(paths, never()).recordExecuted(anyLong());
    }

    @Test
    void everyThirtyDaysOfMarketingWithoutAProspectTheOfficersAreReminded() {
        ProcessInstance process = start("UNA");
        complete(process, Elements.PREPARE_BRIEF, "officers-UNA", Map.of());
        Job timer = management.createJobQuery().processInstanceId(process.getId()).timers().singleResult();
        Date started = new Date();
        assertThat(Duration.between(started.toInstant(), timer.getDuedate().toInstant()).toDays()).isBetween(29L,
                30L);

        ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
        management.executeJob(timer.getId());
        verify(paths).remindMarketing(pathId);
        Job next = management.createJobQuery().processInstanceId(process.getId()).timers().singleResult();
        assertThat(next.getDuedate()).isAfter(timer.getDuedate());
        assertThat(onlyTask(process).getTaskDefinitionKey()).as("the reminder does not move the path")
                .isEqualTo(Elements.MARKET_TECHNOLOGY);

        ClockUtil.setCurrentTime(new Date(next.getDuedate().getTime() + 1000));
        management.executeJob(next.getId());
        verify(paths, times(2)).remindMarketing(pathId);

        complete(process, Elements.MARKET_TECHNOLOGY, "officers-UNA", Map.of());
        assertThat(management.createJobQuery().processInstanceId(process.getId()).timers().count())
                .as("once a prospect is chosen the reminders stop").isZero();
    }

    private ProcessInstance start(String institution) {
        long id = IDS.incrementAndGet();
        return runtime.startProcessInstanceByKey(LicensingProcess.KEY, institution + "-2026-" + id,
                Map.of(Variables.DISCLOSURE_ID, id, Variables.INSTITUTION_CODE, institution, Variables.STARTED_BY,
                        "officer-a"));
    }

    private ProcessInstance toDraft(String institution) {
        ProcessInstance process = start(institution);
        String officers = "officers-" + institution;
        complete(process, Elements.PREPARE_BRIEF, officers, Map.of());
        complete(process, Elements.MARKET_TECHNOLOGY, officers, Map.of());
        complete(process, Elements.RECORD_CONFIDENTIALITY, officers, Map.of(Variables.OPTION_FIRST, false));
        complete(process, Elements.AGREE_TERM_SHEET, officers, Map.of());
        return process;
    }

    private void complete(ProcessInstance process, String expectedTask, String expectedGroup,
            Map<String, Object> variables) {
        Task task = onlyTask(process);
        assertThat(task.getTaskDefinitionKey()).isEqualTo(expectedTask);
        assertThat(candidateGroups(task)).containsExactly(expectedGroup);
        tasks.complete(task.getId(), variables);
    }

    private void abandon(ProcessInstance process) {
        runtime.createMessageCorrelation(Messages.ABANDONED).processInstanceId(process.getId()).correlateWithResult();
    }

    private long disclosureId(ProcessInstance process) {
        return ((Number) runtime.getVariable(process.getId(), Variables.DISCLOSURE_ID)).longValue();
    }

    private Task onlyTask(ProcessInstance process) {
        return tasks.createTaskQuery().processInstanceId(process.getId()).singleResult();
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

    private void assertAbandoned(ProcessInstance process) {
        assertEndedAt(process, Elements.ABANDON_SUB_PROCESS);
        assertThat(visited(process)).endsWith(Elements.ABANDON_SUB_PROCESS, "Start_AbandonRequested",
                Elements.END_ABANDONED);
    }

    private void assertEndedAt(ProcessInstance process, String endEvent) {
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(process.getId()).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(process.getId()).singleResult()
                .getEndActivityId()).isEqualTo(endEvent);
    }
}
