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
import org.tto.api.licensing.LicensingRequests.AbandonRequest;
import org.tto.api.licensing.LicensingRequests.AgreementRequest;
import org.tto.api.licensing.LicensingRequests.BriefRequest;
import org.tto.api.licensing.LicensingRequests.ConfidentialityRequest;
import org.tto.api.licensing.LicensingRequests.DecisionRequest;
import org.tto.api.licensing.LicensingRequests.ExecutionRequest;
import org.tto.api.licensing.LicensingRequests.OptionRequest;
import org.tto.api.licensing.LicensingRequests.ProspectChoice;
import org.tto.api.licensing.LicensingRequests.TermSheetRequest;
import org.tto.api.licensing.LicensingResponses.AgreementView;
import org.tto.api.licensing.LicensingResponses.BriefView;
import org.tto.api.licensing.LicensingResponses.ObligationView;
import org.tto.api.licensing.LicensingResponses.PathView;
import org.tto.identity.Actor;
import org.tto.licensing.LicensingPath;
import org.tto.workflow.licensing.LicensingTasks;

@RestController
@Tag(name = "Licensing path", description = "The licensing process of a case (bpmn/licensing.bpmn): brief, "
        + "marketing to prospects, NDA/CDA, optional option, term sheet, agreement, conflict of interest, approval, "
        + "execution; each user task completed with its typed payload (the tasks show in GET /api/tasks)")
@Validated
class LicensingTaskController {

    private final LicensingTasks tasks;
    private final LicensingCommandMapper mapper;

    LicensingTaskController(LicensingTasks tasks, LicensingCommandMapper mapper) {
        this.tasks = tasks;
        this.mapper = mapper;
    }

    @PostMapping("/api/disclosures/{id}/licensing")
    @Operation(summary = "Start a licensing path on a case ready for commercialisation (officers); one per licence")
    ResponseEntity<PathView> start(Actor actor, @PathVariable long id) {
        LicensingPath path = tasks.start(actor, id);
        return ResponseEntity.created(URI.create("/api/licensing-paths/" + path.id())).body(PathView.of(path));
    }

    @PostMapping("/api/tasks/{taskId}/technology-brief")
    @Operation(summary = "Complete 'Prepare the technology brief' with the non-confidential brief (officers)",
            description = "Writes the case's brief, or revises it when an earlier path wrote one.")
    BriefView brief(Actor actor, @PathVariable String taskId, @Valid @RequestBody BriefRequest request) {
        return BriefView.of(tasks.prepareBrief(actor, taskId, mapper.toCommand(request)));
    }

    @PostMapping("/api/tasks/{taskId}/prospect-choice")
    @Operation(summary = "Complete 'Market the technology to prospects' with the prospect chosen to negotiate with "
            + "(officers)", description = "The prospect is one of the case's (POST /api/disclosures/{id}/prospects) "
                    + "and has not declined; it moves to NEGOTIATING.")
    PathView chooseProspect(Actor actor, @PathVariable String taskId, @Valid @RequestBody ProspectChoice request) {
        return PathView.of(tasks.chooseProspect(actor, taskId, request.prospectId()));
    }

    @PostMapping("/api/tasks/{taskId}/confidentiality")
    @Operation(summary = "Complete 'Record the NDA/CDA' (officers); optionFirst says whether an option comes before "
            + "the term sheet")
    PathView confidentiality(Actor actor, @PathVariable String taskId,
            @Valid @RequestBody ConfidentialityRequest request) {
        return PathView.of(tasks.recordConfidentiality(actor, taskId, mapper.toConfidentiality(request),
                request.optionFirst()));
    }

    @PostMapping("/api/tasks/{taskId}/option")
    @Operation(summary = "Complete 'Record the option agreement' (officers)", description = "An exclusive option "
            + "reserves its field of use and territory until it expires: no other path's option or licence there "
            + "(409 license.option-reserved).")
    PathView option(Actor actor, @PathVariable String taskId, @Valid @RequestBody OptionRequest request) {
        return PathView.of(tasks.recordOption(actor, taskId, mapper.toOption(request)));
    }

    @PostMapping("/api/tasks/{taskId}/term-sheet")
    @Operation(summary = "Complete 'Agree the term sheet' (officers): licence type, field of use, territory and the "
            + "key terms")
    PathView termSheet(Actor actor, @PathVariable String taskId, @Valid @RequestBody TermSheetRequest request) {
        return PathView.of(tasks.agreeTermSheet(actor, taskId, mapper.toTermSheet(request)));
    }

    @PostMapping("/api/tasks/{taskId}/agreement-draft")
    @Operation(summary = "Complete 'Draft the agreement from the term sheet' with the terms (officers)",
            description = "Licensee, type, field of use and territory must be the term sheet's (409 "
                    + "agreement.term-sheet). An exclusive licence excludes any other executed licence of the case "
                    + "in the same field and territory for an overlapping term (409 license.exclusivity). A licensee "
                    + "linked to an inventor flags a conflict of interest the director must clear.")
    AgreementView draft(Actor actor, @PathVariable String taskId, @Valid @RequestBody AgreementRequest request) {
        return AgreementView.of(tasks.draft(actor, taskId, mapper.toTerms(request)));
    }

    @PostMapping("/api/tasks/{taskId}/conflict-clearance")
    @Operation(summary = "Complete 'Clear the conflict of interest' (director); granted=false abandons the path")
    PathView clear(Actor actor, @PathVariable String taskId, @Valid @RequestBody DecisionRequest request) {
        return PathView.of(tasks.decideConflict(actor, taskId, request.granted(), request.note()));
    }

    @PostMapping("/api/tasks/{taskId}/agreement-approval")
    @Operation(summary = "Complete 'Approve the agreement' (director); granted=false abandons the path")
    PathView approve(Actor actor, @PathVariable String taskId, @Valid @RequestBody DecisionRequest request) {
        return PathView.of(tasks.decideApproval(actor, taskId, request.granted(), request.note()));
    }

    @PostMapping("/api/tasks/{taskId}/licence-execution")
    @Operation(summary = "Complete 'Record the signed licence' (officers); answers the obligation schedule",
            description = "Issue fee due 45 days after execution; a royalty report with payment per reporting "
                    + "period, due 45 days after the period ends; each milestone on its date. Each obligation "
                    + "gets a watch: a reminder 30 days before, late and escalated to the director the day after.")
    List<ObligationView> execute(Actor actor, @PathVariable String taskId,
            @Valid @RequestBody ExecutionRequest request) {
        return tasks.recordExecution(actor, taskId, mapper.toCommand(request)).stream().map(ObligationView::of)
                .toList();
    }

    @PostMapping("/api/licensing-paths/{id}/abandonment")
    @Operation(summary = "Abandon a licensing path at whatever step it waits (officers, director)",
            description = "A draft or approved agreement of the path is withdrawn; the reason goes into the case's "
                    + "history.")
    PathView abandon(Actor actor, @PathVariable long id, @Valid @RequestBody AbandonRequest request) {
        return PathView.of(tasks.abandon(actor, id, request.reason()));
    }
}
