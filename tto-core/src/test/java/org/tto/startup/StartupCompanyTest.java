package org.tto.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.tto.shared.InvalidInputException;
import org.tto.shared.RuleViolationException;

/** The formation rules of a start-up: the plan review, its revision, the conflict review, abandonment. */
class StartupCompanyTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:30:00Z");

    @Test
    void aPlanSentBackIsReviewedAgainOnlyOnceRevisedAndEachReviewKeepsThePlanItJudged() {
        StartupCompany startup = outsideFounded();
        startup.reviewPlan(PlanVerdict.REVISE, "Size the market", "director", MONDAY);

        assertThat(startup.planStatus()).isEqualTo(PlanStatus.REVISION_REQUESTED);
        assertThatThrownBy(() -> startup.reviewPlan(PlanVerdict.APPROVE, null, "director", MONDAY))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("REVISION_REQUESTED");

        startup.revisePlan("Water kiosks for 40 county utilities");
        assertThatThrownBy(() -> startup.revisePlan("again")).isInstanceOf(RuleViolationException.class);
        startup.reviewPlan(PlanVerdict.APPROVE, null, "director", MONDAY);

        assertThat(startup.planStatus()).isEqualTo(PlanStatus.APPROVED);
        assertThat(startup.planReviews()).extracting(PlanReview::verdict, PlanReview::planSummary)
                .containsExactly(Tuple.tuple(PlanVerdict.REVISE, "Water kiosks"),
                        Tuple.tuple(PlanVerdict.APPROVE,
                                "Water kiosks for 40 county utilities"));
        assertThat(startup.status()).isEqualTo(StartupStatus.FORMING);
    }

    @Test
    void aRevisionOrADeclineSaysWhy() {
        StartupCompany startup = outsideFounded();

        assertThatThrownBy(() -> startup.reviewPlan(PlanVerdict.DECLINE, " ", "director", MONDAY))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> startup.reviewPlan(PlanVerdict.REVISE, "x".repeat(StartupCompany.MAX_NOTE + 1),
                "director", MONDAY)).isInstanceOf(InvalidInputException.class);
        assertThat(startup.planReviews()).isEmpty();
    }

    @Test
    void aDeclinedPlanAbandonsTheStartUpWithTheReasonDatedInItsHistory() {
        StartupCompany startup = outsideFounded();
        startup.reviewPlan(PlanVerdict.DECLINE, "No customer", "director", MONDAY);

        assertThat(startup.status()).isEqualTo(StartupStatus.ABANDONED);
        assertThat(startup.planStatus()).isEqualTo(PlanStatus.DECLINED);
        assertThat(startup.abandonReason()).isEqualTo("Business plan declined: No customer");
        assertThat(startup.history()).singleElement().satisfies(change -> {
            assertThat(change.status()).isEqualTo(StartupStatus.ABANDONED);
            assertThat(change.effectiveOn()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(change.recordedBy()).isEqualTo("director");
        });
        assertThatThrownBy(() -> startup.incorporate(LocalDate.of(2026, 4, 1), "R-1", 10, BigDecimal.ONE, null,
                "officer")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> startup.changeStatus(StartupStatus.CLOSED, LocalDate.of(2026, 4, 1), null,
                "officer")).isInstanceOf(RuleViolationException.class);
        assertThat(startup.aliveAfter(3, LocalDate.of(2040, 1, 1))).isNull();
    }

    @Test
    void theConflictIsReviewedOnlyWhenAnInventorFoundsItAndOnlyOnceThePlanIsApproved() {
        StartupCompany outside = outsideFounded();
        outside.reviewPlan(PlanVerdict.APPROVE, null, "director", MONDAY);
        assertThat(outside.conflictFlagged()).isFalse();
        assertThatThrownBy(() -> outside.reviewConflict(ConflictVerdict.CLEARED, "ok", "director", MONDAY))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("No inventor");

        StartupCompany inventorFounded = inventorFounded();
        assertThat(inventorFounded.conflictFlagged()).isTrue();
        assertThatThrownBy(() -> inventorFounded.reviewConflict(ConflictVerdict.CLEARED, "ok", "director", MONDAY))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("SUBMITTED");
        inventorFounded.reviewPlan(PlanVerdict.APPROVE, null, "director", MONDAY);
        assertThatThrownBy(() -> inventorFounded.incorporate(LocalDate.of(2026, 4, 1), "R-1", 10, BigDecimal.ONE,
                null, "officer")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("conflict of interest");

        inventorFounded.reviewConflict(ConflictVerdict.CLEARED, "Inventor keeps 80 % of her time", "director",
                MONDAY);
        assertThat(inventorFounded.needsConflictReview()).isFalse();
        assertThatThrownBy(() -> inventorFounded.reviewConflict(ConflictVerdict.REFUSED, "changed my mind",
                "director", MONDAY)).isInstanceOf(RuleViolationException.class).hasMessageContaining("CLEARED");
        inventorFounded.incorporate(LocalDate.of(2026, 4, 1), "R-1", 10_000, new BigDecimal("5"), null, "officer");
        assertThat(inventorFounded.status()).isEqualTo(StartupStatus.ACTIVE);
        assertThat(inventorFounded.abandonReason()).isNull();
    }

    @Test
    void aRefusedConflictAbandonsTheStartUp() {
        StartupCompany startup = inventorFounded();
        startup.reviewPlan(PlanVerdict.APPROVE, null, "director", MONDAY);
        startup.reviewConflict(ConflictVerdict.REFUSED, "The inventor would negotiate with herself", "director",
                MONDAY);

        assertThat(startup.status()).isEqualTo(StartupStatus.ABANDONED);
        assertThat(startup.coiVerdict()).isEqualTo(ConflictVerdict.REFUSED);
        assertThat(startup.abandonReason())
                .isEqualTo("Conflict of interest refused: The inventor would negotiate with herself");
    }

    @Test
    void anActiveStartUpIsAcquiredOrClosedButNeverAbandoned() {
        StartupCompany startup = outsideFounded();
        startup.reviewPlan(PlanVerdict.APPROVE, null, "director", MONDAY);
        startup.incorporate(LocalDate.of(2026, 4, 1), "R-1", 10_000, new BigDecimal("5"), null, "officer");

        assertThatThrownBy(() -> startup.changeStatus(StartupStatus.ABANDONED, LocalDate.of(2026, 5, 1), null,
                "officer")).isInstanceOf(RuleViolationException.class);
        startup.changeStatus(StartupStatus.CLOSED, LocalDate.of(2027, 5, 1), "Wound up", "officer");
        assertThat(startup.aliveAfter(3, LocalDate.of(2030, 1, 1))).isFalse();
    }

    private static StartupCompany outsideFounded() {
        return new StartupCompany(1L, 1L, "Maji Kiosks Ltd", "Water kiosks", List.of(new Founder("Joseph", false,
                null)), "officer", MONDAY);
    }

    private static StartupCompany inventorFounded() {
        return new StartupCompany(1L, 1L, "Strip Diagnostics Ltd", "Strips", List.of(new Founder("Irene", true,
                "inventor-a"), new Founder("Musa", false, null)), "officer", MONDAY);
    }
}
