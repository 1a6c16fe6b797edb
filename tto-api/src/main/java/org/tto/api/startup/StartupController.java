package org.tto.api.startup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tto.api.startup.StartupRequests.StatusRequest;
import org.tto.api.startup.StartupResponses.StartupView;
import org.tto.identity.Actor;
import org.tto.startup.StartupCommands;
import org.tto.startup.StartupCommands.Survival;
import org.tto.startup.StartupService;

/**
 * Start-ups and their status history. They are formed and incorporated only through the start-up formation process
 * (see {@link StartupTaskController}); afterwards the officers record acquisition or closure here.
 */
@RestController
@Tag(name = "Start-ups", description = "Start-ups formed on a case: founders, business-plan and conflict-of-interest "
        + "reviews, incorporation with the institution's equity, status history and survival")
@Validated
class StartupController {

    private final StartupService startups;

    StartupController(StartupService startups) {
        this.startups = startups;
    }

    @GetMapping("/api/startups")
    @Operation(summary = "The start-ups of the caller's institution")
    List<StartupView> list(Actor actor) {
        return startups.ofInstitution(actor).stream().map(StartupView::of).toList();
    }

    @GetMapping("/api/disclosures/{id}/startups")
    @Operation(summary = "The start-ups of a case, abandoned ones included")
    List<StartupView> ofCase(Actor actor, @PathVariable long id) {
        return startups.ofCase(actor, id).stream().map(StartupView::of).toList();
    }

    @GetMapping("/api/startups/survival")
    @Operation(summary = "How many incorporated start-ups were still going (active or acquired) 3 and 5 years on")
    Survival survival(Actor actor) {
        return startups.survival(actor);
    }

    @GetMapping("/api/startups/{id}")
    @Operation(summary = "A start-up with its plan reviews, conflict review and status history")
    StartupView get(Actor actor, @PathVariable long id) {
        return StartupView.of(startups.get(actor, id));
    }

    @PostMapping("/api/startups/{id}/status")
    @Operation(summary = "Record that an active start-up was acquired or closed, with the date")
    StartupView status(Actor actor, @PathVariable long id, @Valid @RequestBody StatusRequest request) {
        return StartupView.of(startups.changeStatus(actor, id, new StartupCommands.ChangeStatus(request.status(),
                request.effectiveOn(), request.note())));
    }
}
