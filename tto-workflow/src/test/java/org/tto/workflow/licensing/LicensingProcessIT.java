package org.tto.workflow.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.tto.licensing.LicensingService;
import org.tto.testsupport.OnMariaDb;
import org.tto.workflow.licensing.LicensingProcess.Elements;
import org.tto.workflow.licensing.LicensingProcess.Variables;

/**
 * Both paths of bpmn/licensing.bpmn on the real engine, with the domain's use cases mocked: with and without a
 * conflict of interest to clear, each ending with the path's end recorded on the case.
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

    @MockitoBean
    LicensingService licensing;

    @Test
    void withoutAConflictTheDraftGoesStraightToTheDirectorsApprovalThenExecution() {
        ProcessInstance process = start("UNA");

        Task draft = onlyTask(process);
        assertThat(draft.getTaskDefinitionKey()).isEqualTo(Elements.DRAFT_AGREEMENT);
        assertThat(candidateGroups(draft)).containsExactly("officers-UNA");
        long agreementId = IDS.incrementAndGet();
        tasks.complete(draft.getId(), Map.of(Variables.AGREEMENT_ID, agreementId, Variables.CONFLICT_FLAGGED, false));

        Task approve = onlyTask(process);
        assertThat(approve.getTaskDefinitionKey()).isEqualTo(Elements.APPROVE_AGREEMENT);
        assertThat(candidateGroups(approve)).containsExactly("directors-UNA");
        tasks.complete(approve.getId());

        Task execute = onlyTask(process);
        assertThat(execute.getTaskDefinitionKey()).isEqualTo(Elements.RECORD_EXECUTION);
        assertThat(candidateGroups(execute)).containsExactly("officers-UNA");
        verify(licensing, never()).recordPathEnded(anyLong());
        tasks.complete(execute.getId());

        verify(licensing).recordPathEnded(agreementId);
        assertEndedAt(process, Elements.END);
        assertThat(visited(process)).doesNotContain(Elements.CLEAR_CONFLICT);
    }

    @Test
    void aLicenseeLinkedToAnInventorNeedsTheDirectorToClearTheConflictFirst() {
        ProcessInstance process = start("UNB");
        long agreementId = IDS.incrementAndGet();
        tasks.complete(onlyTask(process).getId(), Map.of(Variables.AGREEMENT_ID, agreementId,
                Variables.CONFLICT_FLAGGED, true));

        Task clear = onlyTask(process);
        assertThat(clear.getTaskDefinitionKey()).isEqualTo(Elements.CLEAR_CONFLICT);
        assertThat(candidateGroups(clear)).containsExactly("directors-UNB");
        tasks.complete(clear.getId());
        assertThat(onlyTask(process).getTaskDefinitionKey()).isEqualTo(Elements.APPROVE_AGREEMENT);
        tasks.complete(onlyTask(process).getId());
        tasks.complete(onlyTask(process).getId());

        verify(licensing).recordPathEnded(agreementId);
        assertEndedAt(process, Elements.END);
        assertThat(visited(process)).containsSubsequence(Elements.DRAFT_AGREEMENT, Elements.CLEAR_CONFLICT,
                Elements.APPROVE_AGREEMENT, Elements.RECORD_EXECUTION, "Service_RecordLicensingEnd");
    }

    private ProcessInstance start(String institution) {
        long id = IDS.incrementAndGet();
        return runtime.startProcessInstanceByKey(LicensingProcess.KEY, institution + "-2026-" + id,
                Map.of(Variables.DISCLOSURE_ID, id, Variables.INSTITUTION_CODE, institution));
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

    private void assertEndedAt(ProcessInstance process, String endEvent) {
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(process.getId()).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(process.getId()).singleResult()
                .getEndActivityId()).isEqualTo(endEvent);
    }
}
