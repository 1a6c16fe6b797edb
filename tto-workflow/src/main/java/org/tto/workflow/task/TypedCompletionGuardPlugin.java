package org.tto.workflow.task;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of every process a complete-listener that refuses a completion not made through
 * {@link TaskCompletions}: the task stays open and the caller gets the reason. On by default; process tests that drive
 * the engine directly turn it off ({@code tto.tasks.typed-completion-only=false}).
 */
@Component
public class TypedCompletionGuardPlugin extends AbstractProcessEnginePlugin {

    static final TaskListener GUARD = task -> {
        if (!TaskCompletions.typed()) {
            throw new ProcessEngineException("Task '" + task.getName() + "' (" + task.getTaskDefinitionKey()
                    + ") is completed through the TTO API, POST /api/tasks/{id}/<step>, which validates its payload "
                    + "and records the case's rows; Tasklist and the engine's REST API cannot complete it.");
        }
    };

    private final boolean enabled;

    public TypedCompletionGuardPlugin(@Value("${tto.tasks.typed-completion-only:true}") boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (!enabled) {
            return;
        }
        List<BpmnParseListener> listeners = new ArrayList<>();
        if (configuration.getCustomPostBPMNParseListeners() != null) {
            listeners.addAll(configuration.getCustomPostBPMNParseListeners());
        }
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_COMPLETE, GUARD);
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
