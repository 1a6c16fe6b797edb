package org.tto.workflow.licensing;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tto.disclosure.InventionDisclosure;
import org.tto.identity.Actor;
import org.tto.licensing.LicenseAgreement;
import org.tto.licensing.LicenseTerms;
import org.tto.licensing.LicensingCommands.ExecuteAgreement;
import org.tto.licensing.LicensingService;
import org.tto.licensing.Obligation;
import org.tto.shared.NotFoundException;
import org.tto.shared.RuleViolationException;
import org.tto.workflow.licensing.LicensingProcess.Elements;
import org.tto.workflow.licensing.LicensingProcess.Variables;

/**
 * The licensing path of a case: started by an officer, then each user task completed with its typed command (the
 * agreement's rows and the task's completion commit together; only ids and the conflict flag go into the process).
 * A case may run several licensing paths, one per licence (different fields of use, non-exclusive licences).
 */
@Service
@Transactional
public class LicensingTasks {

    private final LicensingService licensing;
    private final ObligationWatches watches;
    private final RuntimeService runtime;
    private final TaskService tasks;

    public LicensingTasks(LicensingService licensing, ObligationWatches watches, RuntimeService runtime,
            TaskService tasks) {
        this.licensing = licensing;
        this.watches = watches;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** Starts a licensing path; answers the process instance id. */
    public String start(Actor actor, long disclosureId) {
        InventionDisclosure disclosure = licensing.startPath(actor, disclosureId);
        ProcessInstance process = runtime.startProcessInstanceByKey(LicensingProcess.KEY, disclosure.reference(),
                Map.of(Variables.DISCLOSURE_ID, disclosure.id(), Variables.INSTITUTION_CODE,
                        disclosure.institution().code()));
        return process.getId();
    }

    public LicenseAgreement draft(Actor actor, String taskId, LicenseTerms terms) {
        Task task = workable(actor, taskId, Elements.DRAFT_AGREEMENT);
        LicenseAgreement agreement = licensing.draft(actor, disclosureId(task), terms);
        tasks.complete(taskId, Map.of(Variables.AGREEMENT_ID, agreement.id(), Variables.CONFLICT_FLAGGED,
                agreement.licenseeLinkedToInventor()));
        return agreement;
    }

    public void clearConflict(Actor actor, String taskId, String note) {
        Task task = workable(actor, taskId, Elements.CLEAR_CONFLICT);
        licensing.clearConflict(actor, agreementId(task), note);
        tasks.complete(taskId);
    }

    public void approve(Actor actor, String taskId) {
        Task task = workable(actor, taskId, Elements.APPROVE_AGREEMENT);
        licensing.approve(actor, agreementId(task));
        tasks.complete(taskId);
    }

    public List<Obligation> recordExecution(Actor actor, String taskId, ExecuteAgreement command) {
        Task task = workable(actor, taskId, Elements.RECORD_EXECUTION);
        List<Obligation> schedule = watches.execute(actor, agreementId(task), command);
        tasks.complete(taskId);
        return schedule;
    }

    private Task workable(Actor actor, String taskId, String expectedKey) {
        Task task = tasks.createTaskQuery().taskId(taskId)
                .or().taskAssignee(actor.username()).taskCandidateUser(actor.username()).endOr()
                .singleResult();
        if (task == null) {
            throw new NotFoundException("task", taskId);
        }
        if (!expectedKey.equals(task.getTaskDefinitionKey())) {
            throw new RuleViolationException("task.kind", "Task " + taskId + " is '" + task.getName()
                    + "', not the step this endpoint completes.");
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(actor.username())) {
            throw new RuleViolationException("task.claimed", "The task is claimed by " + task.getAssignee() + ".");
        }
        return task;
    }

    private long disclosureId(Task task) {
        return ((Number) tasks.getVariable(task.getId(), Variables.DISCLOSURE_ID)).longValue();
    }

    private long agreementId(Task task) {
        return ((Number) tasks.getVariable(task.getId(), Variables.AGREEMENT_ID)).longValue();
    }
}
