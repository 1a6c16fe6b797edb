package org.tto.workflow.task;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * The only way the application completes a user task: after the typed endpoint validated its payload and the domain
 * recorded its rows. {@link TypedCompletionGuardPlugin} refuses every other completion (Tasklist's generic form, the
 * engine's REST API), which would move a case on with arbitrary variables and none of its rows.
 */
@Component
public class TaskCompletions {

    private static final ThreadLocal<Boolean> TYPED = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private final TaskService tasks;

    public TaskCompletions(TaskService tasks) {
        this.tasks = tasks;
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
