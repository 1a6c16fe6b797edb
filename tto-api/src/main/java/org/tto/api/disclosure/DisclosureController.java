package org.tto.api.disclosure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tto.api.disclosure.DisclosureRequests.CloseDeadlineRequest;
import org.tto.api.disclosure.DisclosureRequests.FilingsRequest;
import org.tto.api.disclosure.DisclosureRequests.SubmitDisclosureRequest;
import org.tto.api.disclosure.DisclosureResponses.DeadlineView;
import org.tto.api.disclosure.DisclosureResponses.DisclosureDetail;
import org.tto.api.disclosure.DisclosureResponses.DisclosureSummary;
import org.tto.api.disclosure.DisclosureResponses.FilingView;
import org.tto.disclosure.DisclosureSearch;
import org.tto.disclosure.DisclosureService;
import org.tto.disclosure.DisclosureStatus;
import org.tto.disclosure.InventionDisclosure;
import org.tto.identity.Actor;
import org.tto.workflow.disclosure.CaseTasks;
import org.tto.workflow.disclosure.DeadlineWatches;
import org.tto.workflow.disclosure.DisclosureWorkflow;

@RestController
@RequestMapping("/api/disclosures")
@Tag(name = "Disclosures", description = "Invention disclosures: submission, search, the case file, filings and deadlines")
@Validated
class DisclosureController {

    private final DisclosureWorkflow workflow;
    private final DisclosureService cases;
    private final CaseTasks tasks;
    private final DeadlineWatches watches;
    private final DisclosureCommandMapper mapper;

    DisclosureController(DisclosureWorkflow workflow, DisclosureService cases, CaseTasks tasks,
            DeadlineWatches watches, DisclosureCommandMapper mapper) {
        this.workflow = workflow;
        this.cases = cases;
        this.tasks = tasks;
        this.watches = watches;
        this.mapper = mapper;
    }

    @PostMapping
    @Operation(summary = "Submit an invention disclosure (inventors, or officers for them)",
            description = "Gives it the next reference of the institution and year and starts its workflow. When a "
                    + "public disclosure falls before any filing, the case is flagged, the answer lists the "
                    + "jurisdictions where it would destroy novelty, and an urgent task goes to the officers.")
    ResponseEntity<DisclosureDetail> submit(Actor actor, @Valid @RequestBody SubmitDisclosureRequest request) {
        InventionDisclosure disclosure = workflow.submit(actor, mapper.toCommand(request));
        return ResponseEntity.created(URI.create("/api/disclosures/" + disclosure.id())).body(detail(actor,
                disclosure.id()));
    }

    @GetMapping
    @Operation(summary = "Search the disclosures of the caller's institution (inventors: their own)")
    PagedModel<DisclosureSummary> search(Actor actor,
            @RequestParam(required = false) DisclosureStatus status,
            @Parameter(description = "the current workflow step, a user task id such as Task_AssessPatentability")
            @RequestParam(required = false) String step,
            @Parameter(description = "free text in title, summary and keywords") @RequestParam(required = false)
            String q,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        List<String> atStep = step == null || step.isBlank() ? null : tasks.referencesAtStep(step);
        Page<InventionDisclosure> found = cases.search(actor, new DisclosureSearch(status, atStep, q, page, size));
        return new PagedModel<>(found.map(DisclosureSummary::of));
    }

    @GetMapping("/{id}")
    @Operation(summary = "The case file: current step, open tasks, filings, deadlines with traces, full history")
    DisclosureDetail get(Actor actor, @PathVariable long id) {
        return detail(actor, id);
    }

    @PostMapping("/{id}/filings")
    @Operation(summary = "Record later filings of a case (e.g. the PCT application); their deadlines are docketed")
    List<FilingView> recordFilings(Actor actor, @PathVariable long id, @Valid @RequestBody FilingsRequest request) {
        return watches.recordLaterFilings(actor, id, mapper.toCommand(request)).stream().map(FilingView::of)
                .toList();
    }

    @PostMapping("/{id}/deadlines/{deadlineId}/close")
    @Operation(summary = "Mark a deadline done, or waive it with a reason; its reminders stop")
    DeadlineView closeDeadline(Actor actor, @PathVariable long id, @PathVariable long deadlineId,
            @Valid @RequestBody CloseDeadlineRequest request) {
        return DeadlineView.of(watches.close(actor, id, deadlineId, mapper.toCommand(request)));
    }

    private DisclosureDetail detail(Actor actor, long id) {
        var file = cases.file(actor, id);
        return DisclosureDetail.of(file, tasks.openTasksOf(file.disclosure().reference()));
    }
}
