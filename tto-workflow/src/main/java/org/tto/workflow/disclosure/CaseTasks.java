package org.tto.workflow.disclosure;

import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tto.disclosure.Assessment;
import org.tto.disclosure.CaseEvent;
import org.tto.disclosure.Commands.AnswerQuestions;
import org.tto.disclosure.Commands.DecideProtection;
import org.tto.disclosure.Commands.RecordFilings;
import org.tto.disclosure.Commands.Triage;
import org.tto.disclosure.DisclosureService;
import org.tto.identity.Actor;
import org.tto.shared.ConcurrentChangeException;
import org.tto.shared.RuleViolationException;
import org.tto.workflow.disclosure.InventionDisclosureProcess.Elements;
import org.tto.workflow.disclosure.InventionDisclosureProcess.Variables;
import org.tto.workflow.task.TaskCompletions;

/**
 * The caller's user tasks and their completion. A task is visible to its assignee and its candidates (the engine
 * resolves candidate groups through the directory, so UNB's officers never see UNA's tasks); any other task id is
 * "not found". Each kind of task is completed with its own typed command: the domain rows are written and the task
 * completed in one transaction, and only ids and gateway flags go into the process.
 */
@Service
@Transactional
public class CaseTasks {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final DisclosureService cases;
    private final DisclosureWorkflow workflow;
    private final TaskCompletions completions;
    private final HistoryService history;

    public CaseTasks(TaskService tasks, RuntimeService runtime, DisclosureService cases,
            DisclosureWorkflow workflow, TaskCompletions completions, HistoryService history) {
        this.tasks = tasks;
        this.history = history;
        this.completions = completions;
        this.runtime = runtime;
        this.cases = cases;
        this.workflow = workflow;
    }

    /** A task as the inbox shows it. */
    public record CaseTask(String id, String key, String name, String reference, Long disclosureId,
            String assignee, Date created, int priority) {}

    @Transactional(readOnly = true)
    public List<CaseTask> inbox(Actor actor) {
        return views(tasks.createTaskQuery()
                .or().taskAssignee(actor.username()).taskCandidateUser(actor.username()).endOr()
                .orderByTaskPriority().desc().orderByTaskCreateTime().asc()
                .list());
    }

    @Transactional(readOnly = true)
    public CaseTask task(Actor actor, String taskId) {
        return view(completions.visible(actor, taskId));
    }

    /** The open tasks of one case (for its detail view; the caller's access to the case is checked by the caller). */
    @Transactional(readOnly = true)
    public List<CaseTask> openTasksOf(String reference) {
        return views(tasks.createTaskQuery().processInstanceBusinessKey(reference)
                .orderByTaskCreateTime().asc().list());
    }

    /**
     * Where a case's process stands: the steps it is at now and those it has passed through (for the picture of
     * its process). Empty for a reference without a process.
     */
    public record ProcessPosition(Set<String> active, Set<String> passed) {}

    @Transactional(readOnly = true)
    public ProcessPosition position(String reference) {
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(InventionDisclosureProcess.KEY).processInstanceBusinessKey(reference).list();
        if (instances.isEmpty()) {
            return new ProcessPosition(Set.of(), Set.of());
        }
        Set<String> active = new HashSet<>();
        Set<String> passed = new HashSet<>();
        for (HistoricActivityInstance step : history.createHistoricActivityInstanceQuery()
                .processInstanceId(instances.get(0).getId()).list()) {
            (step.getEndTime() == null ? active : passed).add(step.getActivityId());
        }
        passed.removeAll(active);
        return new ProcessPosition(Set.copyOf(active), Set.copyOf(passed));
    }

    /**
     * The open tasks of one case that the actor may work on now: assigned to them, or offered to them (or to one of
     * their groups) and not yet claimed — the caller's access to the case is checked by the caller.
     */
    @Transactional(readOnly = true)
    public List<CaseTask> workableTasksOf(Actor actor, String reference) {
        return views(tasks.createTaskQuery().processInstanceBusinessKey(reference)
                .or().taskAssignee(actor.username()).taskCandidateUser(actor.username()).endOr()
                .orderByTaskCreateTime().asc().list());
    }

    /** The references of the cases currently at a user task, e.g. {@code Task_AssessPatentability}. */
    @Transactional(readOnly = true)
    public List<String> referencesAtStep(String step) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(InventionDisclosureProcess.KEY)
                .activityIdIn(step).list().stream().map(ProcessInstance::getBusinessKey).toList();
    }

    /**
     * Claims the task for the caller. Claiming it again is harmless; of two users claiming at once, one wins and the
     * other hears who. Runs outside a surrounding transaction so that a lost race can still be read and answered.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public CaseTask claim(Actor actor, String taskId) {
        Task task = completions.visible(actor, taskId);
        if (task.getAssignee() == null) {
            try {
                tasks.claim(taskId, actor.username());
            } catch (OptimisticLockingException | TaskAlreadyClaimedException | ProcessEnginePersistenceException e) {
                // a lost race: a newer revision, a claim by somebody else, or the same user's parallel claim whose
                // task-work authorization was inserted first
                task = completions.visible(actor, taskId);
                if (!actor.username().equals(task.getAssignee())) {
                    throw new ConcurrentChangeException("task.claimed", "The task was claimed by "
                            + task.getAssignee() + " at the same moment.", e);
                }
            }
        } else if (!task.getAssignee().equals(actor.username())) {
            throw new RuleViolationException("task.claimed", "The task is already claimed by " + task.getAssignee()
                    + ".");
        }
        return view(completions.visible(actor, taskId));
    }

    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public CaseTask unclaim(Actor actor, String taskId) {
        Task task = completions.visible(actor, taskId);
        if (!actor.username().equals(task.getAssignee())) {
            throw new RuleViolationException("task.claimed-by-you", "Only the task's assignee can hand it back.");
        }
        try {
            tasks.setAssignee(taskId, null);
        } catch (OptimisticLockingException e) {
            throw new ConcurrentChangeException("task.changed", "The task changed at the same moment (completed "
                    + "or handed back); reload it.", e);
        }
        return view(completions.visible(actor, taskId));
    }

    public void triage(Actor actor, String taskId, Triage command) {
        Task task = completions.workable(actor, taskId, InventionDisclosureProcess.KEY, Elements.TRIAGE);
        cases.triage(actor, disclosureId(task), command);
        completions.complete(actor, taskId, Map.of(Variables.TRIAGE_OUTCOME, command.outcome().name()));
    }

    public void answerQuestions(Actor actor, String taskId, AnswerQuestions command) {
        Task task = completions.workable(actor, taskId, InventionDisclosureProcess.KEY, Elements.ANSWER_QUESTIONS);
        boolean newNoveltyRisk = cases.answerQuestions(actor, disclosureId(task), command);
        completions.complete(actor, taskId);
        if (newNoveltyRisk) {
            workflow.raiseNoveltyRisk(reference(task));
        }
    }

    public void assess(Actor actor, String taskId, Assessment.Scorecard scorecard) {
        Task task = completions.workable(actor, taskId, InventionDisclosureProcess.KEY, Elements.ASSESS);
        cases.assess(actor, disclosureId(task), scorecard);
        completions.complete(actor, taskId);
    }

    public void decideProtection(Actor actor, String taskId, DecideProtection command) {
        Task task = completions.workable(actor, taskId, InventionDisclosureProcess.KEY, Elements.DECIDE_PROTECTION);
        cases.decide(actor, disclosureId(task), command);
        completions.complete(actor, taskId, Map.of(Variables.PROTECTION_OUTCOME, command.outcome().name()));
    }

    public void recordFilings(Actor actor, String taskId, RecordFilings command) {
        Task task = completions.workable(actor, taskId, InventionDisclosureProcess.KEY, Elements.RECORD_FILINGS);
        cases.recordFilings(actor, disclosureId(task), command);
        completions.complete(actor, taskId);
    }

    /** Licensing, a start-up, or both: each chosen route starts its own process, called from the case's. */
    public void chooseCommercialisationRoutes(Actor actor, String taskId, boolean licensing, boolean startup) {
        Task task = completions.workable(actor, taskId, InventionDisclosureProcess.KEY, Elements.CHOOSE_ROUTES);
        cases.chooseCommercialisationRoutes(actor, disclosureId(task), licensing, startup);
        completions.complete(actor, taskId, Map.of(Variables.LICENSING_CHOSEN, licensing, Variables.STARTUP_CHOSEN, startup,
                Variables.ROUTES_CHOSEN_BY, actor.username()));
    }

    public void actOnNoveltyRisk(Actor actor, String taskId, String action) {
        Task task = completions.workable(actor, taskId, InventionDisclosureProcess.KEY, Elements.ACT_ON_NOVELTY_RISK);
        if (action == null || action.isBlank()) {
            throw new RuleViolationException("novelty.action", "Say what was done about the novelty risk.");
        }
        cases.recordEvent(disclosureId(task), actor.username(), CaseEvent.NOVELTY_RISK_HANDLED, action);
        completions.complete(actor, taskId);
    }

    private long disclosureId(Task task) {
        return completions.id(task, Variables.DISCLOSURE_ID);
    }

    private String reference(Task task) {
        return runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
                .getBusinessKey();
    }

    /** Many tasks at once: two queries for their cases' references and ids, whatever the number of tasks. */
    private List<CaseTask> views(List<Task> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        String[] instances = list.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
        Map<String, String> references = runtime.createProcessInstanceQuery().processInstanceIds(Set.of(instances))
                .list().stream().collect(Collectors.toMap(ProcessInstance::getId,
                        instance -> String.valueOf(instance.getBusinessKey())));
        Map<String, Long> disclosureIds = runtime.createVariableInstanceQuery()
                .variableName(Variables.DISCLOSURE_ID).processInstanceIdIn(instances).list().stream()
                .collect(Collectors.toMap(VariableInstance::getProcessInstanceId,
                        variable -> ((Number) variable.getValue()).longValue(), (a, b) -> a));
        return list.stream().map(task -> new CaseTask(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                references.get(task.getProcessInstanceId()), disclosureIds.get(task.getProcessInstanceId()),
                task.getAssignee(), task.getCreateTime(), task.getPriority())).toList();
    }

    private CaseTask view(Task task) {
        Object id = tasks.getVariable(task.getId(), Variables.DISCLOSURE_ID);
        return new CaseTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), reference(task),
                id == null ? null : ((Number) id).longValue(), task.getAssignee(), task.getCreateTime(),
                task.getPriority());
    }
}
