package org.tto.workflow.task;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.tto.identity.Actor;
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

    public TaskCompletions(TaskService tasks) {
        this.tasks = tasks;
    }

    /** A task assigned to the caller or offered to them (directly or through a group); 404 otherwise. */
    public Task visible(Actor actor, String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId)
                .or().taskAssignee(actor.username()).taskCandidateUser(actor.username()).endOr()
                .singleResult();
        if (task == null) {
            throw new NotFoundException("task", taskId);
        }
        return task;
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

    public void complete(String taskId) {
        complete(taskId, Map.of());
    }

    public void complete(String taskId, Map<String, Object> variables) {
        TYPED.set(Boolean.TRUE);
        try {
            tasks.complete(taskId, variables);
        } finally {
            TYPED.remove();
        }
    }

    /** Whether the current thread is inside {@link #complete}. */
    static boolean typed() {
        return TYPED.get();
    }
}
