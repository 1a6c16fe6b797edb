package org.tto.workflow.task;

import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.tto.identity.Actor;
import org.tto.shared.ConcurrentChangeException;
import org.tto.shared.NotFoundException;
import org.tto.shared.RuleViolationException;

/**
 * How the application works a user task: find it as the caller may see it, check it is the step the endpoint
 * completes, and complete it once the typed payload is validated and the domain recorded its rows. It is the only way
 * a user task completes: {@link TypedCompletionGuardPlugin} refuses every other completion (Tasklist's generic form,
 * the engine's REST API), which would move a case on with arbitrary variables and none of its rows.
 */
@Component
public class TaskCompletions {

    private static final ThreadLocal<Boolean> TYPED = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private final TaskService tasks;
    private final HistoryService history;
    private final IdentityService identity;

    public TaskCompletions(TaskService tasks, HistoryService history, IdentityService identity) {
        this.tasks = tasks;
        this.history = history;
        this.identity = identity;
    }

    /**
     * A task assigned to the caller or offered to them (directly or through a group), claimed by somebody else or
     * not. A task the caller could work but which has just been completed is a 409 that says by whom and when; any
     * other task is a 404.
     */
    public Task visible(Actor actor, String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId)
                .or().taskAssignee(actor.username()).taskCandidateUser(actor.username()).endOr()
                .singleResult();
        if (task == null) {
            task = claimedBySomebodyElse(actor, taskId);
        }
        if (task == null) {
            throw completedOrNotFound(actor, taskId, null);
        }
        return task;
    }

    /** The candidate-user query leaves out assigned tasks: the loser of a claim race must hear who won, not 404. */
    private Task claimedBySomebodyElse(Actor actor, String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || task.getAssignee() == null) {
            return null;
        }
        boolean offered = tasks.getIdentityLinksForTask(taskId).stream()
                .anyMatch(link -> "candidate".equals(link.getType())
                        && (actor.username().equals(link.getUserId()) || groupsOf(actor).contains(link.getGroupId())));
        return offered ? task : null;
    }

    private RuntimeException completedOrNotFound(Actor actor, String taskId, RuntimeException cause) {
        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).finished()
                .singleResult();
        if (done != null && couldHaveWorked(actor, done)) {
            String by = done.getAssignee() == null ? "another user" : done.getAssignee();
            String message = "Task '" + done.getName() + "' was completed by " + by + " at "
                    + done.getEndTime().toInstant().atOffset(ZoneOffset.UTC) + "; reload the case to see the outcome.";
            return cause == null ? new ConcurrentChangeException("task.completed", message)
                    : new ConcurrentChangeException("task.completed", message, cause);
        }
        return new NotFoundException("task", taskId);
    }

    private boolean couldHaveWorked(Actor actor, HistoricTaskInstance done) {
        if (actor.username().equals(done.getAssignee())) {
            return true;
        }
        Set<String> groups = groupsOf(actor);
        return history.createHistoricIdentityLinkLogQuery().taskId(done.getId()).type("candidate").list().stream()
                .anyMatch(link -> actor.username().equals(link.getUserId()) || groups.contains(link.getGroupId()))
                || history.createHistoricIdentityLinkLogQuery().taskId(done.getId()).type("assignee").list().stream()
                        .map(HistoricIdentityLinkLog::getUserId).anyMatch(actor.username()::equals);
    }

    private Set<String> groupsOf(Actor actor) {
        return identity.createGroupQuery().groupMember(actor.username()).list().stream().map(Group::getId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** A visible task that is step {@code taskKey} of process {@code processKey}, not claimed by somebody else. */
    public Task workable(Actor actor, String taskId, String processKey, String taskKey) {
        Task task = visible(actor, taskId);
        if (!taskKey.equals(task.getTaskDefinitionKey())
                || tasks.createTaskQuery().taskId(taskId).processDefinitionKey(processKey).count() == 0) {
            throw new RuleViolationException("task.kind", "Task " + taskId + " is '" + task.getName()
                    + "', not the step this endpoint completes.");
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(actor.username())) {
            throw new RuleViolationException("task.claimed", "The task is claimed by " + task.getAssignee() + ".");
        }
        return task;
    }

    /**
     * An id the process keeps for the task's step (a case, a path, an agreement). A task of an instance started
     * before the model carried that id answers 409, not a server error.
     */
    public long id(Task task, String variable) {
        Object value = tasks.getVariable(task.getId(), variable);
        if (!(value instanceof Number number)) {
            throw new RuleViolationException("task.variables", "Task " + task.getId() + " ('" + task.getName()
                    + "') carries no " + variable + ": its process instance predates this step's model; an admin "
                    + "finishes or migrates it in Cockpit.");
        }
        return number.longValue();
    }

    public void complete(Actor actor, String taskId) {
        complete(actor, taskId, Map.of());
    }

    /**
     * Completes the task as {@code actor}: an unclaimed task is assigned to them first, so that its history says who
     * completed it, and the loser of a race (two officers answering the same triage) hears who won.
     */
    public void complete(Actor actor, String taskId, Map<String, Object> variables) {
        TYPED.set(Boolean.TRUE);
        try {
            if (tasks.createTaskQuery().taskId(taskId).taskUnassigned().count() > 0) {
                tasks.setAssignee(taskId, actor.username());
            }
            tasks.complete(taskId, variables);
        } catch (OptimisticLockingException e) {
            throw new ConcurrentChangeException("task.completed", "Somebody else completed this task at the same "
                    + "moment, and their answer was recorded; reload the case to see the outcome.", e);
        } catch (ProcessEngineException e) {
            if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
                throw new ConcurrentChangeException("task.completed", "Somebody else completed this task at the "
                        + "same moment, and their answer was recorded; reload the case to see the outcome.", e);
            }
            throw e;
        } finally {
            TYPED.remove();
        }
    }

    /** Whether the current thread is inside {@link #complete}. */
    static boolean typed() {
        return TYPED.get();
    }
}
