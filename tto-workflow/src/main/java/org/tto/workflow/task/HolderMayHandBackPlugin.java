package org.tto.workflow.task;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * Whoever holds a task may hand it back (or on) in Tasklist, as they could claim it there: a task's assignee and
 * candidates have the engine's {@code TASK_WORK} permission only (so Tasklist cannot rewrite a task's variables),
 * which lets them claim but not unclaim, since the engine asks unclaiming for {@code TASK_ASSIGN}. The engine's
 * authorization checker is kept for everything else, and for everybody who does not hold the task.
 */
@Component
public class HolderMayHandBackPlugin extends AbstractProcessEnginePlugin {

    /** The engine's checks, except that the current assignee may change a task's assignee. */
    static class HolderMayHandBack extends AuthorizationCommandChecker {

        @Override
        public void checkTaskAssign(TaskEntity task) {
            CommandContext context = Context.getCommandContext();
            String caller = context == null ? null : context.getAuthenticatedUserId();
            if (caller != null && caller.equals(task.getAssignee())) {
                return;
            }
            super.checkTaskAssign(task);
        }
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCommandCheckers() != null) {
            return;
        }
        List<CommandChecker> checkers = new ArrayList<>();
        checkers.add(new TenantCommandChecker());
        checkers.add(new HolderMayHandBack());
        configuration.setCommandCheckers(checkers);
    }
}
