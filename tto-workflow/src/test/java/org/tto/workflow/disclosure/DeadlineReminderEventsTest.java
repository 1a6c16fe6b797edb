package org.tto.workflow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.Test;
import org.tto.disclosure.CaseEvent;

/**
 * Each reminder the deadline watch sends has its line in the case history: a new reminder timer in
 * deadline-watch.bpmn needs its {@link CaseEvent} (the history's code for it is {@code DEADLINE_REMINDER_<days>}).
 */
class DeadlineReminderEventsTest {

    @Test
    void everyReminderOfTheDeadlineWatchHasItsCaseEvent() throws IOException {
        List<Integer> days;
        try (InputStream model = getClass().getResourceAsStream("/bpmn/deadline-watch.bpmn")) {
            BpmnModelInstance watch = Bpmn.readModelFromStream(model);
            days = watch.getModelElementsByType(CamundaInputParameter.class).stream()
                    .filter(p -> p.getCamundaName().equals(DeadlineWatchProcess.Variables.DAYS_BEFORE))
                    .map(p -> Integer.valueOf(p.getTextContent().replaceAll("[${}\\s]", ""))).toList();
        }

        assertThat(days).as("the reminders of the deadline watch").isNotEmpty();
        for (int before : days) {
            assertThat(CaseEvent.deadlineReminder(before).name()).isEqualTo("DEADLINE_REMINDER_" + before);
        }
    }
}
