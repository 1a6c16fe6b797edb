package org.tto.api.licensing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tto.api.licensing.LicensingRequests.FulfilmentRequest;
import org.tto.api.licensing.LicensingRequests.RoyaltyReportRequest;
import org.tto.api.licensing.LicensingResponses.AgreementView;
import org.tto.api.licensing.LicensingResponses.ObligationView;
import org.tto.api.licensing.LicensingResponses.RoyaltyReportView;
import org.tto.identity.Actor;
import org.tto.licensing.LicensingService;
import org.tto.workflow.licensing.ObligationWatches;

@RestController
@Tag(name = "Licensing", description = "Licence agreements with their terms, obligations and royalty reports; "
        + "agreements are drafted, cleared, approved and executed through the licensing path's tasks")
@Validated
class AgreementController {

    private final LicensingService licensing;
    private final ObligationWatches watches;
    private final LicensingCommandMapper mapper;

    AgreementController(LicensingService licensing, ObligationWatches watches, LicensingCommandMapper mapper) {
        this.licensing = licensing;
        this.watches = watches;
        this.mapper = mapper;
    }

    @GetMapping("/api/disclosures/{id}/agreements")
    @Operation(summary = "The agreements of a case")
    List<AgreementView> ofCase(Actor actor, @PathVariable long id) {
        return licensing.ofCase(actor, id).stream().map(AgreementView::of).toList();
    }

    @GetMapping("/api/agreements/{id}")
    @Operation(summary = "An agreement with its terms")
    AgreementView get(Actor actor, @PathVariable long id) {
        return AgreementView.of(licensing.get(actor, id));
    }

    @GetMapping("/api/agreements/{id}/obligations")
    @Operation(summary = "The agreement's obligation schedule")
    List<ObligationView> obligations(Actor actor, @PathVariable long id) {
        return licensing.obligations(actor, id).stream().map(ObligationView::of).toList();
    }

    @GetMapping("/api/obligations/upcoming")
    @Operation(summary = "Open and late obligations of the caller's institution due within the next days")
    List<ObligationView> upcoming(Actor actor, @RequestParam(defaultValue = "90") @Min(0) @Max(3660) int days) {
        return licensing.upcoming(actor, days).stream().map(ObligationView::of).toList();
    }

    @GetMapping("/api/obligations/late")
    @Operation(summary = "The delinquency list: late obligations of the caller's institution")
    List<ObligationView> late(Actor actor) {
        return licensing.delinquent(actor).stream().map(ObligationView::of).toList();
    }

    @PostMapping("/api/obligations/{id}/fulfilment")
    @Operation(summary = "Mark an obligation fulfilled (a milestone reached, a fee paid)")
    ObligationView fulfil(Actor actor, @PathVariable long id, @Valid @RequestBody FulfilmentRequest request) {
        return ObligationView.of(watches.fulfil(actor, id, request.fulfilledOn()));
    }

    @PostMapping("/api/agreements/{id}/royalty-reports")
    @Operation(summary = "Record a royalty report; answers what the terms make owed and the variance from what "
            + "was paid", description = "Sales are placed after those already reported in the agreement year and "
                    + "charged tier by tier; the sublicence share is added; the report closing the year tops up "
                    + "to the annual minimum. Each figure is rounded half-up to the currency's minor unit; "
                    + "variance = paid - owed (negative: underpaid).")
    ResponseEntity<RoyaltyReportView> report(Actor actor, @PathVariable long id,
            @Valid @RequestBody RoyaltyReportRequest request) {
        RoyaltyReportView view = RoyaltyReportView.of(watches.recordRoyaltyReport(actor, id,
                mapper.toCommand(request)));
        return ResponseEntity.created(URI.create("/api/agreements/" + id + "/royalty-reports/" + view.id()))
                .body(view);
    }

    @GetMapping("/api/agreements/{id}/royalty-reports")
    @Operation(summary = "The agreement's royalty reports with their computed variance")
    List<RoyaltyReportView> reports(Actor actor, @PathVariable long id) {
        return licensing.reports(actor, id).stream().map(RoyaltyReportView::of).toList();
    }
}
