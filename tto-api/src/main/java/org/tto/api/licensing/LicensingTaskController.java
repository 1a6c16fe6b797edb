package org.tto.api.licensing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tto.api.licensing.LicensingRequests.AgreementRequest;
import org.tto.api.licensing.LicensingRequests.ClearanceRequest;
import org.tto.api.licensing.LicensingRequests.ExecutionRequest;
import org.tto.api.licensing.LicensingResponses.AgreementView;
import org.tto.api.licensing.LicensingResponses.ObligationView;
import org.tto.identity.Actor;
import org.tto.workflow.licensing.LicensingTasks;

@RestController
@Tag(name = "Licensing path", description = "The licensing process of a case (bpmn/licensing.bpmn) and the "
        + "completion of its user tasks, each with its typed payload; the tasks show in GET /api/tasks")
@Validated
class LicensingTaskController {

    private final LicensingTasks tasks;
    private final LicensingCommandMapper mapper;

    LicensingTaskController(LicensingTasks tasks, LicensingCommandMapper mapper) {
        this.tasks = tasks;
        this.mapper = mapper;
    }

    record LicensingStarted(String processInstanceId) {}

    @PostMapping("/api/disclosures/{id}/licensing")
    @Operation(summary = "Start a licensing path on a case ready for commercialisation (officers); one per licence")
    ResponseEntity<LicensingStarted> start(Actor actor, @PathVariable long id) {
        String processInstanceId = tasks.start(actor, id);
        return ResponseEntity.created(URI.create("/api/disclosures/" + id)).body(new LicensingStarted(
                processInstanceId));
    }

    @PostMapping("/api/tasks/{taskId}/agreement-draft")
    @Operation(summary = "Complete 'Draft the agreement from the term sheet' with the terms (officers)")
    AgreementView draft(Actor actor, @PathVariable String taskId, @Valid @RequestBody AgreementRequest request) {
        return AgreementView.of(tasks.draft(actor, taskId, mapper.toTerms(request)));
    }

    @PostMapping("/api/tasks/{taskId}/conflict-clearance")
    @Operation(summary = "Complete 'Clear the conflict of interest' (director)")
    ResponseEntity<Void> clear(Actor actor, @PathVariable String taskId,
            @Valid @RequestBody ClearanceRequest request) {
        tasks.clearConflict(actor, taskId, request.note());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/tasks/{taskId}/agreement-approval")
    @Operation(summary = "Complete 'Approve the agreement' (director)")
    ResponseEntity<Void> approve(Actor actor, @PathVariable String taskId) {
        tasks.approve(actor, taskId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/tasks/{taskId}/licence-execution")
    @Operation(summary = "Complete 'Record the signed licence' (officers); answers the obligation schedule")
    List<ObligationView> execute(Actor actor, @PathVariable String taskId,
            @Valid @RequestBody ExecutionRequest request) {
        return tasks.recordExecution(actor, taskId, mapper.toCommand(request)).stream().map(ObligationView::of)
                .toList();
    }
}
