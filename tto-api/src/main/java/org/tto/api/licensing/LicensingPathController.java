package org.tto.api.licensing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tto.api.licensing.LicensingRequests.BriefRevision;
import org.tto.api.licensing.LicensingRequests.InteractionRequest;
import org.tto.api.licensing.LicensingRequests.ProspectRequest;
import org.tto.api.licensing.LicensingRequests.ProspectStatusRequest;
import org.tto.api.licensing.LicensingResponses.BriefView;
import org.tto.api.licensing.LicensingResponses.PathView;
import org.tto.api.licensing.LicensingResponses.ProspectView;
import org.tto.identity.Actor;
import org.tto.licensing.LicensingPathService;
import org.tto.licensing.Prospect;

@RestController
@Tag(name = "Marketing", description = "A case's technology brief, its prospects with their interactions, and its "
        + "licensing paths with their stages")
@Validated
class LicensingPathController {

    private final LicensingPathService paths;
    private final LicensingCommandMapper mapper;

    LicensingPathController(LicensingPathService paths, LicensingCommandMapper mapper) {
        this.paths = paths;
        this.mapper = mapper;
    }

    @GetMapping("/api/disclosures/{id}/brief")
    @Operation(summary = "The case's non-confidential technology brief")
    BriefView brief(Actor actor, @PathVariable long id) {
        return BriefView.of(paths.brief(actor, id));
    }

    @PutMapping("/api/disclosures/{id}/brief")
    @Operation(summary = "Revise the brief (officers); the version read must still be current, else 409")
    BriefView reviseBrief(Actor actor, @PathVariable long id, @Valid @RequestBody BriefRevision request) {
        return BriefView.of(paths.reviseBrief(actor, id, mapper.toCommand(request.brief()), request.version()));
    }

    @PostMapping("/api/disclosures/{id}/prospects")
    @Operation(summary = "Add a prospect (company and contact) to market the case's technology to (officers)")
    ResponseEntity<ProspectView> addProspect(Actor actor, @PathVariable long id,
            @Valid @RequestBody ProspectRequest request) {
        Prospect prospect = paths.addProspect(actor, id, mapper.toCommand(request));
        return ResponseEntity.created(URI.create("/api/prospects/" + prospect.id())).body(ProspectView.of(prospect));
    }

    @GetMapping("/api/disclosures/{id}/prospects")
    @Operation(summary = "The case's prospects with their interactions")
    List<ProspectView> prospects(Actor actor, @PathVariable long id) {
        return paths.prospects(actor, id).stream().map(ProspectView::of).toList();
    }

    @GetMapping("/api/prospects/{id}")
    @Operation(summary = "A prospect with its interactions")
    ProspectView prospect(Actor actor, @PathVariable long id) {
        return ProspectView.of(paths.prospect(actor, id));
    }

    @PostMapping("/api/prospects/{id}/interactions")
    @Operation(summary = "Record an interaction with a prospect (officers); the first moves it to CONTACTED")
    ProspectView interaction(Actor actor, @PathVariable long id, @Valid @RequestBody InteractionRequest request) {
        return ProspectView.of(paths.recordInteraction(actor, id, mapper.toCommand(request)));
    }

    @PostMapping("/api/prospects/{id}/status")
    @Operation(summary = "Record that a prospect is interested or declined (officers)", description = "NEGOTIATING "
            + "is set by choosing the prospect in a licensing path's marketing task (409 prospect.negotiating).")
    ProspectView status(Actor actor, @PathVariable long id, @Valid @RequestBody ProspectStatusRequest request) {
        return ProspectView.of(paths.changeProspectStatus(actor, id, request.status()));
    }

    @GetMapping("/api/disclosures/{id}/licensing-paths")
    @Operation(summary = "The case's licensing paths, each with its stage, NDA/CDA, option, term sheet and agreement")
    List<PathView> ofCase(Actor actor, @PathVariable long id) {
        return paths.ofCase(actor, id).stream().map(PathView::of).toList();
    }

    @GetMapping("/api/licensing-paths/{id}")
    @Operation(summary = "A licensing path")
    PathView path(Actor actor, @PathVariable long id) {
        return PathView.of(paths.get(actor, id));
    }
}
