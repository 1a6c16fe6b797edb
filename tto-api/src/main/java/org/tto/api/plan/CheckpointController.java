package org.tto.api.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tto.api.plan.PlanRequests.ConditionRequest;
import org.tto.api.plan.PlanRequests.MeetCondition;
import org.tto.api.plan.PlanRequests.RemediationItem;
import org.tto.api.plan.PlanRequests.SubmitCheckpoint;
import org.tto.api.plan.PlanRequests.VerdictRequest;
import org.tto.api.plan.PlanResponses.CheckpointResponse;
import org.tto.api.plan.PlanResponses.TransitionResponse;
import org.tto.api.plan.PlanResponses.VerdictResponse;
import org.tto.checkpoint.CheckpointService;
import org.tto.checkpoint.CheckpointService.GiveVerdict;
import org.tto.identity.Actor;

@RestController
@RequestMapping("/api/checkpoints")
@Tag(name = "Sustainability checkpoints",
        description = "The coordinator submits the indicator values; a reviewer gives the verdict: PASS, "
                + "CONDITIONAL (with conditions) or FAIL (with reasons and remediation items: the plan goes at risk).")
class CheckpointController {

    private final CheckpointService checkpoints;

    CheckpointController(CheckpointService checkpoints) {
        this.checkpoints = checkpoints;
    }

    @GetMapping("/awaiting-verdict")
    @Operation(summary = "The reviewer's queue: submitted checkpoints awaiting a verdict, oldest first")
    List<CheckpointResponse> awaitingVerdict(Actor actor) {
        return checkpoints.awaitingVerdict(actor).stream().map(CheckpointResponse::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One checkpoint")
    CheckpointResponse get(Actor actor, @PathVariable long id) {
        return CheckpointResponse.of(checkpoints.get(actor, id), checkpoints.computed(actor, id));
    }

    @PostMapping("/{id}/conditions/{position}/met")
    @Operation(summary = "Record that a condition of a conditional pass was met (coordinator)")
    CheckpointResponse meetCondition(Actor actor, @PathVariable long id, @PathVariable int position,
            @Valid @RequestBody(required = false) MeetCondition request) {
        return CheckpointResponse.of(checkpoints.meetCondition(actor, id, position,
                request == null ? null : request.metOn()));
    }

    @PostMapping("/{id}/submission")
    @Operation(summary = "Submit the indicator values (coordinator); each is kept beside the plan's target")
    CheckpointResponse submit(Actor actor, @PathVariable long id, @Valid @RequestBody SubmitCheckpoint request) {
        return CheckpointResponse.of(checkpoints.submit(actor, id, request.values()), checkpoints.computed(actor, id));
    }

    @PostMapping("/{id}/verdict")
    @Operation(summary = "Give the verdict (reviewer)",
            description = "FAIL needs reasons and at least one remediation item, and moves the plan to AT_RISK; a "
                    + "PASS lets the plan recover (after a re-check) or become sustainable (last checkpoint).")
    VerdictResponse judge(Actor actor, @PathVariable long id, @Valid @RequestBody VerdictRequest request) {
        GiveVerdict verdict = new GiveVerdict(request.verdict(), request.comments(), request.reasons(),
                request.conditions() == null ? List.of()
                        : request.conditions().stream().map(ConditionRequest::toCondition).toList(),
                request.remediation() == null ? List.of()
                        : request.remediation().stream().map(RemediationItem::toCommand).toList());
        List<TransitionResponse> transitions = checkpoints.judge(actor, id, verdict).stream()
                .map(TransitionResponse::of).toList();
        return new VerdictResponse(CheckpointResponse.of(checkpoints.get(actor, id)), transitions);
    }
}
