package org.tto.api.startup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tto.identity.Actor;
import org.tto.startup.StartupCommands;
import org.tto.startup.StartupCommands.Survival;
import org.tto.startup.StartupCompany;
import org.tto.startup.StartupService;
import org.tto.startup.StartupStatus;

@RestController
@Tag(name = "Start-ups", description = "Start-ups formed on a case: founders, conflict-of-interest review, "
        + "incorporation with the institution's equity, status history and survival")
@Validated
class StartupController {

    private final StartupService startups;

    StartupController(StartupService startups) {
        this.startups = startups;
    }

    record FounderRequest(@NotBlank @Size(max = 200) String name, @NotNull Boolean inventor,
            @Size(max = 64) String username) {}

    record FormRequest(@NotBlank @Size(max = 200) String name, @Size(max = 2000) String businessPlanSummary,
            @NotEmpty @Size(max = 20) List<@Valid @NotNull FounderRequest> founders) {}

    record ClearanceRequest(@NotBlank @Size(max = 1000) String note) {}

    record IncorporationRequest(@NotNull LocalDate incorporatedOn, @NotBlank @Size(max = 100) String registryId,
            @NotNull @Min(0) Long equityShares,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal equityPercent,
            Long agreementId) {}

    record StatusRequest(@NotNull StartupStatus status, @NotNull LocalDate effectiveOn,
            @Size(max = 1000) String note) {}

    record StartupView(Long id, Long disclosureId, String name, String businessPlanSummary,
            List<FounderRequest> founders, boolean conflictReviewNeeded, String conflictClearedBy,
            LocalDate incorporatedOn, String registryId, Long equityShares, BigDecimal equityPercent,
            Long agreementId, StartupStatus status, List<StatusView> history, long version) {

        static StartupView of(StartupCompany s) {
            return new StartupView(s.id(), s.disclosureId(), s.name(), s.businessPlanSummary(),
                    s.founders().stream().map(f -> new FounderRequest(f.name(), f.inventor(), f.username())).toList(),
                    s.needsConflictReview(), s.coiClearedBy(), s.incorporatedOn(), s.registryId(), s.equityShares(),
                    s.equityPercent(), s.agreementId(), s.status(), s.history().stream()
                            .map(c -> new StatusView(c.status(), c.effectiveOn(), c.note(), c.recordedBy())).toList(),
                    s.version());
        }
    }

    record StatusView(StartupStatus status, LocalDate effectiveOn, String note, String recordedBy) {}

    @PostMapping("/api/disclosures/{id}/startups")
    @Operation(summary = "Form a start-up on a case ready for commercialisation (officers)")
    ResponseEntity<StartupView> form(Actor actor, @PathVariable long id, @Valid @RequestBody FormRequest request) {
        StartupCompany startup = startups.form(actor, id, new StartupCommands.FormStartup(request.name(),
                request.businessPlanSummary(), request.founders().stream()
                        .map(f -> new StartupCommands.NewFounder(f.name(), f.inventor(), f.username())).toList()));
        return ResponseEntity.created(URI.create("/api/startups/" + startup.id())).body(StartupView.of(startup));
    }

    @GetMapping("/api/startups")
    @Operation(summary = "The start-ups of the caller's institution")
    List<StartupView> list(Actor actor) {
        return startups.ofInstitution(actor).stream().map(StartupView::of).toList();
    }

    @GetMapping("/api/startups/survival")
    @Operation(summary = "How many incorporated start-ups were still going (active or acquired) 3 and 5 years on")
    Survival survival(Actor actor) {
        return startups.survival(actor);
    }

    @GetMapping("/api/startups/{id}")
    @Operation(summary = "A start-up with its status history")
    StartupView get(Actor actor, @PathVariable long id) {
        return StartupView.of(startups.get(actor, id));
    }

    @PostMapping("/api/startups/{id}/conflict-clearance")
    @Operation(summary = "Clear the conflict of interest of an inventor-founded start-up (director)")
    StartupView clear(Actor actor, @PathVariable long id, @Valid @RequestBody ClearanceRequest request) {
        return StartupView.of(startups.clearConflict(actor, id, request.note()));
    }

    @PostMapping("/api/startups/{id}/incorporation")
    @Operation(summary = "Record incorporation, the institution's equity and the licence or option granted")
    StartupView incorporate(Actor actor, @PathVariable long id, @Valid @RequestBody IncorporationRequest request) {
        return StartupView.of(startups.incorporate(actor, id, new StartupCommands.Incorporate(
                request.incorporatedOn(), request.registryId(), request.equityShares(), request.equityPercent(),
                request.agreementId())));
    }

    @PostMapping("/api/startups/{id}/status")
    @Operation(summary = "Record that an active start-up was acquired or closed, with the date")
    StartupView status(Actor actor, @PathVariable long id, @Valid @RequestBody StatusRequest request) {
        return StartupView.of(startups.changeStatus(actor, id, new StartupCommands.ChangeStatus(request.status(),
                request.effectiveOn(), request.note())));
    }
}
