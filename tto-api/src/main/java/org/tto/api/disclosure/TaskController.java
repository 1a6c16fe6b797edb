package org.tto.api.disclosure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tto.api.disclosure.DisclosureRequests.AnswerRequest;
import org.tto.api.disclosure.DisclosureRequests.AssessmentRequest;
import org.tto.api.disclosure.DisclosureRequests.FilingsRequest;
import org.tto.api.disclosure.DisclosureRequests.NoveltyActionRequest;
import org.tto.api.disclosure.DisclosureRequests.ProtectionDecisionRequest;
import org.tto.api.disclosure.DisclosureRequests.RoutesRequest;
import org.tto.api.disclosure.DisclosureRequests.TriageRequest;
import org.tto.identity.Actor;
import org.tto.workflow.disclosure.CaseTasks;
import org.tto.workflow.disclosure.CaseTasks.CaseTask;

/**
 * The caller's task inbox and the completion of each kind of user task, each with its own typed, validated body:
 * the API never accepts arbitrary process variables.
 */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Tasks", description = "The caller's workflow tasks: inbox, claim, and completion per kind of task")
class TaskController {

    private final CaseTasks tasks;
    private final DisclosureCommandMapper mapper;

    TaskController(CaseTasks tasks, DisclosureCommandMapper mapper) {
        this.tasks = tasks;
        this.mapper = mapper;
    }

    @GetMapping
    @Operation(summary = "The caller's tasks: assigned to them, or open to one of their groups")
    List<CaseTask> inbox(Actor actor) {
        return tasks.inbox(actor);
    }

    @GetMapping("/{taskId}")
    @Operation(summary = "One of the caller's tasks, with its case and the form it expects")
    CaseTask get(Actor actor, @PathVariable String taskId) {
        return tasks.task(actor, taskId);
    }

    @PostMapping("/{taskId}/claim")
    @Operation(summary = "Claim a task open to one of the caller's groups; a task someone else holds is a 409")
    CaseTask claim(Actor actor, @PathVariable String taskId) {
        return tasks.claim(actor, taskId);
    }

    @PostMapping("/{taskId}/unclaim")
    @Operation(summary = "Hand a claimed task back to its group")
    CaseTask unclaim(Actor actor, @PathVariable String taskId) {
        return tasks.unclaim(actor, taskId);
    }

    @PostMapping("/{taskId}/triage")
    @Operation(summary = "Triage (officers): accept, ask the inventors for more information, or reject")
    ResponseEntity<Void> triage(Actor actor, @PathVariable String taskId, @Valid @RequestBody TriageRequest body) {
        tasks.triage(actor, taskId, mapper.toCommand(body));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{taskId}/answer")
    @Operation(summary = "Answer the officer's questions (the case's inventors)")
    ResponseEntity<Void> answer(Actor actor, @PathVariable String taskId, @Valid @RequestBody AnswerRequest body) {
        tasks.answerQuestions(actor, taskId, mapper.toCommand(body));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{taskId}/assessment")
    @Operation(summary = "Record the IP assessment scorecard (officers); a re-assessment adds a version")
    ResponseEntity<Void> assess(Actor actor, @PathVariable String taskId,
            @Valid @RequestBody AssessmentRequest body) {
        tasks.assess(actor, taskId, mapper.toScorecard(body));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{taskId}/protection-decision")
    @Operation(summary = "Decide protection (the director), with the reason")
    ResponseEntity<Void> decide(Actor actor, @PathVariable String taskId,
            @Valid @RequestBody ProtectionDecisionRequest body) {
        tasks.decideProtection(actor, taskId, mapper.toCommand(body));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{taskId}/filings")
    @Operation(summary = "Record the filings (officers); their deadlines are docketed and watched")
    ResponseEntity<Void> filings(Actor actor, @PathVariable String taskId, @Valid @RequestBody FilingsRequest body) {
        tasks.recordFilings(actor, taskId, mapper.toCommand(body));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{taskId}/novelty-action")
    @Operation(summary = "Say what was done about a novelty risk (e.g. a provisional filed first)")
    ResponseEntity<Void> noveltyAction(Actor actor, @PathVariable String taskId,
            @Valid @RequestBody NoveltyActionRequest body) {
        tasks.actOnNoveltyRisk(actor, taskId, body.action());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{taskId}/commercialisation-routes")
    @Operation(summary = "Choose the commercialisation routes of a case ready for them (officers)",
            description = "licensing and/or startup: each chosen route calls its own process (bpmn/licensing.bpmn, "
                    + "bpmn/startup-formation.bpmn); the case's process ends when every chosen route has ended. "
                    + "Further licences of the same case start with POST /api/disclosures/{id}/licensing.")
    ResponseEntity<Void> routes(Actor actor, @PathVariable String taskId, @Valid @RequestBody RoutesRequest body) {
        tasks.chooseCommercialisationRoutes(actor, taskId, body.licensing(), body.startup());
        return ResponseEntity.noContent().build();
    }
}
