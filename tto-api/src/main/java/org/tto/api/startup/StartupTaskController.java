package org.tto.api.startup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tto.api.startup.StartupRequests.ConflictReviewRequest;
import org.tto.api.startup.StartupRequests.FoundersRequest;
import org.tto.api.startup.StartupRequests.IncorporationRequest;
import org.tto.api.startup.StartupRequests.PlanReviewRequest;
import org.tto.api.startup.StartupRequests.PlanRevisionRequest;
import org.tto.api.startup.StartupResponses.StartupView;
import org.tto.identity.Actor;
import org.tto.startup.StartupCompany;
import org.tto.workflow.startup.StartupFormations;

@RestController
@Tag(name = "Start-up path", description = "The start-up formation process of a case "
        + "(bpmn/startup-formation.bpmn) and the completion of its user tasks, each with its typed payload; the "
        + "tasks show in GET /api/tasks")
@Validated
class StartupTaskController {

    private final StartupFormations formations;

    StartupTaskController(StartupFormations formations) {
        this.formations = formations;
    }

    record StartupPathStarted(String processInstanceId) {}

    @PostMapping("/api/disclosures/{id}/startup-formation")
    @Operation(summary = "Start a start-up path on a case ready for commercialisation (officers)")
    ResponseEntity<StartupPathStarted> start(Actor actor, @PathVariable long id) {
        String processInstanceId = formations.start(actor, id);
        return ResponseEntity.created(URI.create("/api/disclosures/" + id)).body(new StartupPathStarted(
                processInstanceId));
    }

    @PostMapping("/api/tasks/{taskId}/startup-founders")
    @Operation(summary = "Complete 'Record the founders and the business plan' (officers); an inventor among the "
            + "founders flags a conflict of interest for the director")
    ResponseEntity<StartupView> founders(Actor actor, @PathVariable String taskId,
            @Valid @RequestBody FoundersRequest request) {
        StartupCompany startup = formations.recordFounders(actor, taskId, request.toCommand());
        return ResponseEntity.created(URI.create("/api/startups/" + startup.id())).body(StartupView.of(startup));
    }

    @PostMapping("/api/tasks/{taskId}/startup-plan-review")
    @Operation(summary = "Complete 'Review the business plan' (director): APPROVE, REVISE (back to the officers) "
            + "or DECLINE (the start-up is abandoned); a revision or a decline says why")
    StartupView reviewPlan(Actor actor, @PathVariable String taskId, @Valid @RequestBody PlanReviewRequest request) {
        return StartupView.of(formations.reviewPlan(actor, taskId, request.verdict(), request.note()));
    }

    @PostMapping("/api/tasks/{taskId}/startup-plan-revision")
    @Operation(summary = "Complete 'Revise the business plan' (officers): the revised plan goes back to the director")
    StartupView revisePlan(Actor actor, @PathVariable String taskId,
            @Valid @RequestBody PlanRevisionRequest request) {
        return StartupView.of(formations.revisePlan(actor, taskId, request.businessPlanSummary(), request.note()));
    }

    @PostMapping("/api/tasks/{taskId}/startup-conflict-review")
    @Operation(summary = "Complete 'Review the conflict of interest' (director): CLEARED with its terms, or "
            + "REFUSED (the start-up is abandoned)")
    StartupView reviewConflict(Actor actor, @PathVariable String taskId,
            @Valid @RequestBody ConflictReviewRequest request) {
        return StartupView.of(formations.reviewConflict(actor, taskId, request.verdict(), request.note()));
    }

    @PostMapping("/api/tasks/{taskId}/startup-incorporation")
    @Operation(summary = "Complete 'Record incorporation' (officers): date, registry id, the institution's equity "
            + "and the licence or option granted to the start-up (its licensee must be the start-up)")
    StartupView incorporate(Actor actor, @PathVariable String taskId,
            @Valid @RequestBody IncorporationRequest request) {
        return StartupView.of(formations.recordIncorporation(actor, taskId, request.toCommand()));
    }
}
