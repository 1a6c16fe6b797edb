package org.tto.workflow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
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
import org.tto.disclosure.CaseNotices;
import org.tto.disclosure.DisclosureService;
import org.tto.licensing.LicensingPath;
import org.tto.licensing.LicensingPathService;
import org.tto.startup.StartupService;
import org.tto.testsupport.OnMariaDb;
import org.tto.workflow.disclosure.InventionDisclosureProcess.Elements;
import org.tto.workflow.disclosure.InventionDisclosureProcess.Variables;
import org.tto.workflow.licensing.LicensingProcess;
import org.tto.workflow.startup.StartupFormationProcess;

/**
 * Every path of bpmn/invention-disclosure.bpmn, driven step by step on the real engine (job executor off, clock moved
 * for the timer), with the domain's use cases mocked: the test is about the process, not the rows.
 */
@SpringBootTest
@OnMariaDb
class InventionDisclosureProcessIT {

    private static final AtomicLong IDS = new AtomicLong(1000);

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    HistoryService history;

    @MockitoBean
    DisclosureService cases;

    @MockitoBean
    CaseNotices notices;

    @MockitoBean
    LicensingPathService paths;

    @MockitoBean
    StartupService startups;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aFilingDecisionGoesThroughFilingsAndDocketingToReadyForCommercialisation() {
        when(cases.docket(anyLong())).thenReturn(List.of());
        ProcessInstance process = submit("UNA");

        Task triage = onlyTask(process);
        assertThat(triage.getTaskDefinitionKey()).isEqualTo(Elements.TRIAGE);
        assertThat(candidateGroups(triage)).containsExactly("officers-UNA");
        tasks.complete(triage.getId(), Map.of(Variables.TRIAGE_OUTCOME, "ACCEPT"));

        Task assess = onlyTask(process);
        assertThat(assess.getTaskDefinitionKey()).isEqualTo(Elements.ASSESS);
        assertThat(candidateGroups(assess)).containsExactly("officers-UNA");
        tasks.complete(assess.getId());

        Task decide = onlyTask(process);
        assertThat(decide.getTaskDefinitionKey()).isEqualTo(Elements.DECIDE_PROTECTION);
        assertThat(candidateGroups(decide)).containsExactly("directors-UNA");
        tasks.complete(decide.getId(), Map.of(Variables.PROTECTION_OUTCOME, "FILE_PROVISIONAL"));

        Task filings = onlyTask(process);
        assertThat(filings.getTaskDefinitionKey()).isEqualTo(Elements.RECORD_FILINGS);
        tasks.complete(filings.getId());

        long id = disclosureId(process);
        verify(cases).docket(id);
        verify(cases).markReadyForCommercialisation(id);
        verify(cases, never()).closeWithDecision(anyLong());
        Task routes = onlyTask(process);
        assertThat(routes.getTaskDefinitionKey()).isEqualTo(Elements.CHOOSE_ROUTES);
        assertThat(candidateGroups(routes)).containsExactly("officers-UNA");
    }

    @Test
    void theLicensingRouteCallsTheLicensingProcessAndTheCaseEndsWhenItEnds() {
        ProcessInstance process = readyForCommercialisation("UNA");
        tasks.complete(onlyTask(process).getId(), Map.of(Variables.LICENSING_CHOSEN, true, Variables.STARTUP_CHOSEN,
                false, Variables.ROUTES_CHOSEN_BY, "officer-a"));

        ProcessInstance licensing = calledBy(process, LicensingProcess.KEY);
        assertThat(licensing.getBusinessKey()).isEqualTo(process.getBusinessKey());
        verify(paths).open(disclosureId(process), licensing.getId(), "officer-a");
        assertThat(onlyTask(licensing).getTaskDefinitionKey()).isEqualTo(LicensingProcess.Elements.PREPARE_BRIEF);
        assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(process.getId()).count())
                .as("no start-up formation was chosen").isOne();

        runtime.createMessageCorrelation(LicensingProcess.Messages.ABANDONED).processInstanceId(licensing.getId())
                .correlateWithResult();
        assertEndedAt(process, Elements.END_ROUTES_ENDED);
        assertThat(visited(process)).contains(Elements.CALL_LICENSING).doesNotContain(Elements.CALL_STARTUP_FORMATION);
    }

    @Test
    void bothRoutesRunSideBySideAndTheCaseEndsOnlyWhenTheStartUpPathHasEndedToo() {
        ProcessInstance process = readyForCommercialisation("UNB");
        tasks.complete(onlyTask(process).getId(), Map.of(Variables.LICENSING_CHOSEN, true, Variables.STARTUP_CHOSEN,
                true, Variables.ROUTES_CHOSEN_BY, "officer-b"));

        ProcessInstance licensing = calledBy(process, LicensingProcess.KEY);
        ProcessInstance startup = calledBy(process, StartupFormationProcess.KEY);
        assertThat(startup.getBusinessKey()).isEqualTo(process.getBusinessKey());
        verify(startups).recordPathStarted(disclosureId(process), "officer-b");
        Task founders = onlyTask(startup);
        assertThat(founders.getTaskDefinitionKey()).isEqualTo(StartupFormationProcess.Elements.RECORD_FOUNDERS);
        assertThat(candidateGroups(founders)).containsExactly("officers-UNB");

        runtime.createMessageCorrelation(LicensingProcess.Messages.ABANDONED).processInstanceId(licensing.getId())
                .correlateWithResult();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(process.getId()).count())
                .as("the start-up path is still running").isOne();

        long startupId = IDS.incrementAndGet();
        tasks.complete(founders.getId(), Map.of(StartupFormationProcess.Variables.STARTUP_ID, startupId,
                StartupFormationProcess.Variables.CONFLICT_FLAGGED, false));
        tasks.complete(onlyTask(startup).getId(), Map.of(StartupFormationProcess.Variables.PLAN_VERDICT, "DECLINE"));

        verify(startups).recordPathAbandoned(startupId);
        assertEndedAt(process, Elements.END_ROUTES_ENDED);
        assertThat(visited(process)).contains(Elements.CALL_LICENSING, Elements.CALL_STARTUP_FORMATION);
    }

    private ProcessInstance readyForCommercialisation(String institution) {
        when(cases.docket(anyLong())).thenReturn(List.of());
        LicensingPath path = mock(LicensingPath.class);
        when(path.id()).thenReturn(IDS.incrementAndGet());
        when(paths.open(anyLong(), anyString(), anyString())).thenReturn(path);
        ProcessInstance process = submit(institution);
        tasks.complete(onlyTask(process).getId(), Map.of(Variables.TRIAGE_OUTCOME, "ACCEPT"));
        tasks.complete(onlyTask(process).getId());
        tasks.complete(onlyTask(process).getId(), Map.of(Variables.PROTECTION_OUTCOME, "FILE_PATENT"));
        tasks.complete(onlyTask(process).getId());
        assertThat(onlyTask(process).getTaskDefinitionKey()).isEqualTo(Elements.CHOOSE_ROUTES);
        return process;
    }

    private ProcessInstance calledBy(ProcessInstance process, String key) {
        return runtime.createProcessInstanceQuery().superProcessInstanceId(process.getId()).processDefinitionKey(key)
                .singleResult();
    }

    @Test
    void aNonFilingDecisionEndsTheCaseWithIt() {
        ProcessInstance process = submit("UNA");
        tasks.complete(onlyTask(process).getId(), Map.of(Variables.TRIAGE_OUTCOME, "ACCEPT"));
        tasks.complete(onlyTask(process).getId());

        tasks.complete(onlyTask(process).getId(), Map.of(Variables.PROTECTION_OUTCOME, "TRADE_SECRET"));

        verify(cases).closeWithDecision(disclosureId(process));
        verify(cases, never()).markReadyForCommercialisation(anyLong());
        assertEndedAt(process, "End_ClosedWithDecision");
    }

    @Test
    void aRejectedDisclosureEnds() {
        ProcessInstance process = submit("UNB");
        Task triage = onlyTask(process);
        assertThat(candidateGroups(triage)).containsExactly("officers-UNB");

        tasks.complete(triage.getId(), Map.of(Variables.TRIAGE_OUTCOME, "REJECT"));

        verify(cases).reject(disclosureId(process));
        assertEndedAt(process, "End_Rejected");
    }

    @Test
    void questionsWaitForTheSubmitterWithAWeeklyReminderThenGoBackToTriage() {
        ProcessInstance process = submit("UNA");
        tasks.complete(onlyTask(process).getId(), Map.of(Variables.TRIAGE_OUTCOME, "MORE_INFO"));

        Task answer = onlyTask(process);
        assertThat(answer.getTaskDefinitionKey()).isEqualTo(Elements.ANSWER_QUESTIONS);
        assertThat(tasks.getIdentityLinksForTask(answer.getId())).extracting(IdentityLink::getUserId)
                .contains("inventor-a");
        assertThat(candidateGroups(answer)).isEmpty();

        Job reminder = management.createJobQuery().processInstanceId(process.getId()).timers().singleResult();
        assertThat(reminder.getDuedate()).isCloseTo(Date.from(Instant.now().plus(7, ChronoUnit.DAYS)), 60_000);
        moveClockTo(reminder.getDuedate().toInstant().plusSeconds(1));
        management.executeJob(reminder.getId());
        verify(notices).remindInventors(disclosureId(process));
        assertThat(onlyTask(process).getId()).as("the reminder does not interrupt the task").isEqualTo(answer.getId());
        Job next = management.createJobQuery().processInstanceId(process.getId()).timers().singleResult();
        assertThat(next.getDuedate()).as("the cycle re-arms for the next week").isAfter(reminder.getDuedate());

        tasks.complete(answer.getId());

        assertThat(onlyTask(process).getTaskDefinitionKey()).isEqualTo(Elements.TRIAGE);
        assertThat(management.createJobQuery().processInstanceId(process.getId()).count())
                .as("the reminder stops with the answer").isZero();
        verify(notices, times(1)).remindInventors(anyLong());
    }

    @Test
    void aNoveltyRiskOpensAnUrgentTaskBesideTheCase() {
        ProcessInstance process = submit("UNA");

        runtime.createMessageCorrelation(InventionDisclosureProcess.Messages.NOVELTY_RISK)
                .processInstanceBusinessKey(process.getBusinessKey()).correlate();

        List<Task> open = tasks.createTaskQuery().processInstanceId(process.getId()).orderByTaskPriority().desc()
                .list();
        assertThat(open).extracting(Task::getTaskDefinitionKey)
                .containsExactly(Elements.ACT_ON_NOVELTY_RISK, Elements.TRIAGE);
        assertThat(open.get(0).getPriority()).isEqualTo(90);
        assertThat(candidateGroups(open.get(0))).containsExactly("officers-UNA");

        tasks.complete(open.get(0).getId());
        assertThat(onlyTask(process).getTaskDefinitionKey()).as("the case goes on").isEqualTo(Elements.TRIAGE);
    }

    private ProcessInstance submit(String institution) {
        long id = IDS.incrementAndGet();
        return runtime.startProcessInstanceByKey(InventionDisclosureProcess.KEY, institution + "-2026-" + id,
                Map.of(Variables.DISCLOSURE_ID, id, Variables.INSTITUTION_CODE, institution,
                        Variables.SUBMITTED_BY, "inventor-a"));
    }

    private Task onlyTask(ProcessInstance process) {
        return tasks.createTaskQuery().processInstanceId(process.getId()).singleResult();
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(group -> group != null).toList();
    }

    private long disclosureId(ProcessInstance process) {
        return ((Number) history.createHistoricVariableInstanceQuery().processInstanceId(process.getId())
                .variableName(Variables.DISCLOSURE_ID).singleResult().getValue()).longValue();
    }

    private List<String> visited(ProcessInstance process) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(process.getId()).list().stream()
                .map(a -> a.getActivityId()).toList();
    }

    private void assertEndedAt(ProcessInstance process, String endEvent) {
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(process.getId()).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(process.getId())
                .activityId(endEvent).finished().count()).isEqualTo(1);
    }

    private static void moveClockTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}
