package org.tto.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every process model deployed from bpmn/: valid BPMN, executable, and its history kept for a stated ISO-8601 span. */
class BpmnModelsTest {

    @Test
    void everyProcessStatesHowLongItsHistoryIsKeptInOneFormat() throws IOException {
        Resource[] models = new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn");
        assertThat(models).hasSizeGreaterThanOrEqualTo(7);
        List<String> offenders = new ArrayList<>();
        for (Resource file : models) {
            try (InputStream in = file.getInputStream()) {
                BpmnModelInstance model = Bpmn.readModelFromStream(in);
                Bpmn.validateModel(model);
                for (Process process : model.getModelElementsByType(Process.class)) {
                    String ttl = process.getCamundaHistoryTimeToLiveString();
                    if (!process.isExecutable() || ttl == null || !ttl.matches("P[1-9]\\d*D")) {
                        offenders.add(file.getFilename() + " " + process.getId() + " " + ttl);
                    }
                }
            }
        }
        assertThat(offenders).as("processes not executable or without an ISO-8601 history time to live in days")
                .isEmpty();
    }
}
