package org.tto.api.revenue;

import static org.tto.shared.DateRange.SCHEDULED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tto.api.revenue.RevenueRequests.CostRequest;
import org.tto.api.revenue.RevenueRequests.PolicyRequest;
import org.tto.api.revenue.RevenueRequests.ReceiptRequest;
import org.tto.api.revenue.RevenueResponses.CostView;
import org.tto.api.revenue.RevenueResponses.DistributionView;
import org.tto.api.revenue.RevenueResponses.PolicyView;
import org.tto.api.revenue.RevenueResponses.ReceiptView;
import org.tto.api.revenue.RevenueResponses.StatementView;
import org.tto.api.shared.DateIn;
import org.tto.identity.Actor;
import org.tto.revenue.Distribution;
import org.tto.revenue.RevenueService;
import org.tto.workflow.licensing.ObligationWatches;

@RestController
@Tag(name = "Income and distribution", description = "Case costs, receipts by AUTM category, distribution "
        + "policies as versioned data, distributions with their trace, statements per beneficiary")
@Validated
class RevenueController {

    private final RevenueService revenue;
    private final ObligationWatches watches;
    private final RevenueCommandMapper mapper;

    RevenueController(RevenueService revenue, ObligationWatches watches, RevenueCommandMapper mapper) {
        this.revenue = revenue;
        this.watches = watches;
        this.mapper = mapper;
    }

    @PostMapping("/api/distribution-policies")
    @Operation(summary = "Define the next version of the institution's distribution policy (director; admin "
            + "names the institution)", description = "In force from its date until the next version's. Band "
                    + "limits are cumulative distributable income of a case in minor units of the policy's "
                    + "currency; each band's shares sum to 100.")
    ResponseEntity<PolicyView> definePolicy(Actor actor, @Valid @RequestBody PolicyRequest request) {
        PolicyView view = PolicyView.of(revenue.definePolicy(actor, mapper.toCommand(request)));
        return ResponseEntity.created(URI.create("/api/distribution-policies/" + view.id())).body(view);
    }

    @GetMapping("/api/distribution-policies")
    @Operation(summary = "The versions of the caller's institution's policy")
    List<PolicyView> policies(Actor actor) {
        return revenue.policies(actor).stream().map(PolicyView::of).toList();
    }

    @PostMapping("/api/disclosures/{id}/costs")
    @Operation(summary = "Record a patent or legal cost of a case (recovered first from its income)")
    ResponseEntity<CostView> recordCost(Actor actor, @PathVariable long id, @Valid @RequestBody CostRequest request) {
        CostView view = CostView.of(revenue.recordCost(actor, id, mapper.toCommand(request)));
        return ResponseEntity.created(URI.create("/api/disclosures/" + id + "/costs/" + view.id())).body(view);
    }

    @GetMapping("/api/disclosures/{id}/costs")
    @Operation(summary = "The case's patent and legal costs")
    List<CostView> costs(Actor actor, @PathVariable long id) {
        return revenue.costs(actor, id).stream().map(CostView::of).toList();
    }

    @PostMapping("/api/receipts")
    @Operation(summary = "Record a receipt; it is distributed at once by the policy in force on its date",
            description = "Answers the distribution with its trace. The shares always sum exactly to the receipt. "
                    + "royaltyReportId: the royalty report the receipt pays, under agreementId, in the agreement's "
                    + "currency, as RUNNING_ROYALTY, SUBLICENCE_INCOME or ANNUAL_MINIMUM (a part the report owes). "
                    + "Once the receipts against a report cover what it owes, its payment obligation is "
                    + "fulfilled; more than owed is accepted and flagged (the report's payments.overpaid).")
    ResponseEntity<DistributionView> recordReceipt(Actor actor, @Valid @RequestBody ReceiptRequest request) {
        Distribution distribution = watches.recordReceipt(actor, mapper.toCommand(request));
        return ResponseEntity.created(URI.create("/api/distributions/" + distribution.id()))
                .body(DistributionView.of(distribution));
    }

    @GetMapping("/api/receipts/{id}")
    @Operation(summary = "A receipt")
    ReceiptView receipt(Actor actor, @PathVariable long id) {
        return ReceiptView.of(revenue.receipt(actor, id));
    }

    @GetMapping("/api/distributions/{id}")
    @Operation(summary = "A distribution with its trace")
    DistributionView distribution(Actor actor, @PathVariable long id) {
        return DistributionView.of(revenue.distribution(actor, id));
    }

    @GetMapping("/api/disclosures/{id}/distributions")
    @Operation(summary = "The distributions of a case's receipts")
    List<DistributionView> distributions(Actor actor, @PathVariable long id) {
        return revenue.distributions(actor, id).stream().map(DistributionView::of).toList();
    }

    @GetMapping("/api/statements")
    @Operation(summary = "A beneficiary's statement for a period", description = "beneficiary: an inventor's "
            + "username (inventors may read their own), or DEPARTMENT, INSTITUTION, ADMIN_FEE, COST_RECOVERY (staff).")
    StatementView statement(Actor actor,
            @Parameter(description = "an inventor's username or DEPARTMENT / INSTITUTION / ADMIN_FEE / COST_RECOVERY")
            @RequestParam String beneficiary,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @DateIn(SCHEDULED) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @DateIn(SCHEDULED) LocalDate to) {
        return StatementView.of(revenue.statement(actor, beneficiary, from, to));
    }
}
