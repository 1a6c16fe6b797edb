package org.tto.api.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tto.api.plan.PlanRequests.ActionItemRequest;
import org.tto.api.plan.PlanRequests.BudgetLineRequest;
import org.tto.api.plan.PlanRequests.CompleteActionItem;
import org.tto.api.plan.PlanRequests.EventRequest;
import org.tto.api.plan.PlanRequests.MarkMilestone;
import org.tto.api.plan.PlanRequests.OpenPlan;
import org.tto.api.plan.PlanRequests.RecordFinding;
import org.tto.api.plan.PlanRequests.TargetRequest;
import org.tto.api.plan.PlanResponses.ActionItemResponse;
import org.tto.api.plan.PlanResponses.BudgetLineResponse;
import org.tto.api.plan.PlanResponses.PlanDetail;
import org.tto.api.plan.PlanResponses.PlanSummary;
import org.tto.api.plan.PlanResponses.TransitionResponse;
import org.tto.checkpoint.CheckpointService;
import org.tto.identity.Actor;
import org.tto.plan.CapabilityDimension;
import org.tto.plan.PlanEvent;
import org.tto.plan.PlanService;
import org.tto.plan.SustainabilityIndicator;
import org.tto.shared.InvalidInputException;

@RestController
@RequestMapping("/api/plans")
@Tag(name = "Implementation plans",
        description = "TTO implementation plans: needs assessment, action plan, implementation, operation and "
                + "sustainability. Coordinators manage the plans of their country; reviewers, officers and directors "
                + "read them. A refused event answers 409 with the rules that failed.")
class PlanController {

    private final PlanService plans;
    private final CheckpointService checkpoints;
    private final Clock clock;

    PlanController(PlanService plans, CheckpointService checkpoints, Clock clock) {
        this.plans = plans;
        this.checkpoints = checkpoints;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Plans by country or by institution, with state, progress and next checkpoint")
    List<PlanSummary> list(Actor actor,
            @Parameter(description = "ISO country code, e.g. KE") @RequestParam(required = false) String country,
            @Parameter(description = "institution code, e.g. UNA") @RequestParam(required = false) String institution) {
        return plans.list(actor, country, institution).stream().map(PlanSummary::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open the implementation plan of an institution (coordinator)")
    PlanDetail open(Actor actor, @Valid @RequestBody OpenPlan request) {
        long id = plans.open(actor, request.institution(), request.checkpointMonths()).id();
        return detail(actor, id);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A plan with the events allowed now, action items, budget, checkpoints and history")
    PlanDetail get(Actor actor, @PathVariable long id) {
        return detail(actor, id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "The plan's transitions: who, when, which event, from and to which state, why")
    List<TransitionResponse> history(Actor actor, @PathVariable long id) {
        return plans.get(actor, id).plan().history().stream().map(TransitionResponse::of).toList();
    }

    @PutMapping("/{id}/findings/{dimension}")
    @Operation(summary = "Record the needs-assessment finding for one capability dimension")
    PlanDetail recordFinding(Actor actor, @PathVariable long id, @PathVariable CapabilityDimension dimension,
            @Valid @RequestBody RecordFinding request) {
        plans.recordFinding(actor, id, dimension, request.finding(), request.version());
        return detail(actor, id);
    }

    @PutMapping("/{id}/targets/{indicator}")
    @Operation(summary = "Set a sustainability target (with the plan's version as read; 409 if it changed since)")
    PlanDetail setTarget(Actor actor, @PathVariable long id, @PathVariable SustainabilityIndicator indicator,
            @Valid @RequestBody TargetRequest request) {
        plans.setTarget(actor, id, indicator, request.target(), request.version());
        return detail(actor, id);
    }

    @PostMapping("/{id}/action-items")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an action item")
    ActionItemResponse addActionItem(Actor actor, @PathVariable long id,
            @Valid @RequestBody ActionItemRequest request) {
        return ActionItemResponse.of(plans.addActionItem(actor, id, request.toCommand()), today());
    }

    @PutMapping("/{id}/action-items/{itemId}")
    @Operation(summary = "Change an open action item")
    ActionItemResponse updateActionItem(Actor actor, @PathVariable long id, @PathVariable long itemId,
            @Valid @RequestBody ActionItemRequest request) {
        if (request.version() == null) {
            throw new InvalidInputException("version", "Send the plan's version as you read it.");
        }
        return ActionItemResponse.of(plans.updateActionItem(actor, id, itemId, request.toCommand(),
                request.version()), today());
    }

    @PutMapping("/{id}/action-items/{itemId}/milestone")
    @Operation(summary = "Mark an action item as a programme milestone (e.g. IP_POLICY_ADOPTED), or unmark it with "
            + "null; the programme's indicators count a milestone done with evidence")
    ActionItemResponse markMilestone(Actor actor, @PathVariable long id, @PathVariable long itemId,
            @Valid @RequestBody MarkMilestone request) {
        return ActionItemResponse.of(plans.markMilestone(actor, id, itemId, request.milestone(), request.version()),
                today());
    }

    @PostMapping("/{id}/action-items/{itemId}/completion")
    @Operation(summary = "Complete an action item, with evidence (document references or links)")
    ActionItemResponse completeActionItem(Actor actor, @PathVariable long id, @PathVariable long itemId,
            @Valid @RequestBody CompleteActionItem request) {
        return ActionItemResponse.of(
                plans.completeActionItem(actor, id, itemId, request.evidence(), request.completedOn()), today());
    }

    @PostMapping("/{id}/budget-lines")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a budget line (amount, ISO currency, source)")
    BudgetLineResponse addBudgetLine(Actor actor, @PathVariable long id,
            @Valid @RequestBody BudgetLineRequest request) {
        return BudgetLineResponse.of(plans.addBudgetLine(actor, id, request.description(), request.amount(),
                request.currency(), request.source()));
    }

    @PostMapping("/{id}/events/{event}")
    @Operation(summary = "Send an event to the plan's state machine",
            description = "Accepted: the transition, appended to the history. Refused: 409 with the rules checked "
                    + "(`rules`: rule, passed, message); nothing changes. SUSPEND and CLOSE need a reason.")
    TransitionResponse fire(Actor actor, @PathVariable long id, @PathVariable PlanEvent event,
            @Valid @RequestBody(required = false) EventRequest request) {
        return TransitionResponse.of(plans.fire(actor, id, event, request == null ? null : request.reason()));
    }

    private PlanDetail detail(Actor actor, long id) {
        return PlanDetail.of(plans.get(actor, id), checkpoints.forPlan(actor, id), today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
