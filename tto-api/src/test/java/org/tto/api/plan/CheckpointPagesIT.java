package org.tto.api.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tto.api.PageClient;
import org.tto.api.TtoIntegrationTest;
import org.tto.checkpoint.CheckpointService;
import org.tto.identity.Actor;
import org.tto.identity.Role;
import org.tto.institution.Institution;
import org.tto.institution.InstitutionRepository;
import org.tto.plan.CapabilityDimension;
import org.tto.plan.FundingSource;
import org.tto.plan.PlanEvent;
import org.tto.plan.PlanService;
import org.tto.plan.PlanService.NewActionItem;
import org.tto.plan.SustainabilityIndicator;

/**
 * The reviewer's checkpoint pages over HTTP: the queue, a checkpoint's submitted values beside the computed ones,
 * and the verdict form — a conditional pass without its condition is refused beside the form (nothing changes), with
 * it the verdict is given; a coordinator may read the page but not give the verdict.
 */
@TtoIntegrationTest
class CheckpointPagesIT {

    private static final Actor ADMIN = new Actor("admin", Role.ADMIN, null, null, null);

    @LocalServerPort
    int port;

    @Autowired
    InstitutionRepository institutions;

    @Autowired
    PlanService plans;

    @Autowired
    CheckpointService checkpoints;

    @Test
    void theReviewerGivesAConditionalPassFromTheCheckpointsPage() {
        long checkpoint = submittedCheckpoint();
        PageClient reviewer = PageClient.signedIn("reviewer", port);
        assertThat(reviewer.get("/checkpoints").body()).contains("data-test=\"checkpoint-" + checkpoint + "\"");
        HttpResponse<String> page = reviewer.get("/checkpoints/" + checkpoint);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-test=\"value-STAFF_RETAINED\"", "FTE of the staff register in post on",
                "data-test=\"verdict-form\"");

        Map<String, String> conditional = new LinkedHashMap<>();
        conditional.put("verdict", "CONDITIONAL");
        conditional.put("comments", "Nearly there");
        HttpResponse<String> refused = reviewer.post("/checkpoints/" + checkpoint + "/verdict", conditional);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("data-test=\"error-summary\"");
        assertThat(checkpoints.get(ADMIN, checkpoint).checkpoint().status().name()).isEqualTo("SUBMITTED");

        PageClient coordinator = PageClient.signedIn("coordinator-ke", port);
        assertThat(coordinator.get("/checkpoints/" + checkpoint).statusCode()).isEqualTo(200);
        assertThat(coordinator.post("/checkpoints/" + checkpoint + "/verdict", conditional).statusCode())
                .isEqualTo(403);

        reviewer.get("/checkpoints/" + checkpoint);
        conditional.put("condition", "Adopt the revenue-sharing policy");
        conditional.put("conditionDue", LocalDate.now().plusMonths(3).toString());
        HttpResponse<String> judged = reviewer.submit("/checkpoints/" + checkpoint + "/verdict", conditional);
        assertThat(judged.body()).contains("data-test=\"notice\"", "data-test=\"verdict-given\"",
                "Adopt the revenue-sharing policy");
        var after = checkpoints.get(ADMIN, checkpoint).checkpoint();
        assertThat(after.verdict()).hasValueSatisfying(v -> assertThat(v.name()).isEqualTo("CONDITIONAL"));
        assertThat(after.conditions()).singleElement()
                .satisfies(c -> assertThat(c.dueDate()).isEqualTo(LocalDate.now().plusMonths(3)));
    }

    /** A Kenyan institution of its own, its plan walked to operational, and its first checkpoint submitted. */
    private long submittedCheckpoint() {
        String code = "CKP" + (System.nanoTime() % 100000);
        institutions.save(new Institution(code, "Checkpoint pages institute", "KE", 1));
        long plan = plans.open(ADMIN, code, null).id();
        for (CapabilityDimension dimension : CapabilityDimension.values()) {
            plans.recordFinding(ADMIN, plan, dimension, "A gap in " + dimension);
        }
        plans.fire(ADMIN, plan, PlanEvent.COMPLETE_ASSESSMENT, null);
        List<Long> items = new ArrayList<>();
        for (CapabilityDimension dimension : CapabilityDimension.values()) {
            items.add(plans.addActionItem(ADMIN, plan, new NewActionItem("Close the gap in " + dimension, dimension,
                    "Director", LocalDate.now().plusMonths(6), true)).id());
        }
        plans.addBudgetLine(ADMIN, plan, "Officers", new BigDecimal("1000"), "USD", FundingSource.PROGRAMME);
        plans.fire(ADMIN, plan, PlanEvent.DRAFT_ACTION_PLAN, null);
        plans.fire(ADMIN, plan, PlanEvent.APPROVE_ACTION_PLAN, null);
        plans.fire(ADMIN, plan, PlanEvent.START_IMPLEMENTATION, null);
        for (long item : items) {
            plans.completeActionItem(ADMIN, plan, item, List.of("minutes " + item), LocalDate.now());
        }
        plans.fire(ADMIN, plan, PlanEvent.DECLARE_OPERATIONAL, null);
        long first = checkpoints.forPlan(ADMIN, plan).get(0).checkpoint().id();
        Map<SustainabilityIndicator, BigDecimal> values = new EnumMap<>(SustainabilityIndicator.class);
        for (SustainabilityIndicator indicator : SustainabilityIndicator.values()) {
            values.put(indicator, BigDecimal.ONE);
        }
        checkpoints.submit(ADMIN, first, values);
        return first;
    }
}
