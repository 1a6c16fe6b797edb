package org.tto.workflow.disclosure;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tto.disclosure.Commands.SubmitDisclosure;
import org.tto.disclosure.DisclosureService;
import org.tto.disclosure.InventionDisclosure;
import org.tto.identity.Actor;

/** Submitting a disclosure: the case's rows and its process instance commit together, or not at all. */
@Service
@Transactional
public class DisclosureWorkflow {

    private final DisclosureService cases;
    private final RuntimeService runtime;

    public DisclosureWorkflow(DisclosureService cases, RuntimeService runtime) {
        this.cases = cases;
        this.runtime = runtime;
    }

    public InventionDisclosure submit(Actor actor, SubmitDisclosure command) {
        InventionDisclosure disclosure = cases.submit(actor, command);
        runtime.startProcessInstanceByKey(InventionDisclosureProcess.KEY, disclosure.reference(), Map.of(
                InventionDisclosureProcess.Variables.DISCLOSURE_ID, disclosure.id(),
                InventionDisclosureProcess.Variables.INSTITUTION_CODE, disclosure.institution().code(),
                InventionDisclosureProcess.Variables.SUBMITTED_BY, disclosure.submittedBy()));
        if (disclosure.noveltyAtRisk()) {
            raiseNoveltyRisk(disclosure.reference());
        }
        return disclosure;
    }

    /** Opens the urgent "act on novelty risk" task for the case's officers. */
    void raiseNoveltyRisk(String reference) {
        runtime.createMessageCorrelation(InventionDisclosureProcess.Messages.NOVELTY_RISK)
                .processInstanceBusinessKey(reference)
                .correlate();
    }
}
