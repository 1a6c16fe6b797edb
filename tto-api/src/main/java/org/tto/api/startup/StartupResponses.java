package org.tto.api.startup;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tto.startup.ConflictVerdict;
import org.tto.startup.PlanStatus;
import org.tto.startup.PlanVerdict;
import org.tto.startup.StartupCompany;
import org.tto.startup.StartupStatus;

/** What the start-up endpoints answer. */
final class StartupResponses {

    private StartupResponses() {}

    record StartupView(Long id, Long disclosureId, String name, String businessPlanSummary,
            List<FounderView> founders, PlanStatus planStatus, List<PlanReviewView> planReviews,
            boolean conflictFlagged, boolean conflictReviewNeeded, ConflictVerdict conflictVerdict,
            String conflictReviewedBy, String conflictNote, Instant conflictReviewedAt, LocalDate incorporatedOn,
            String registryId, Long equityShares, BigDecimal equityPercent, Long agreementId, StartupStatus status,
            String abandonReason, List<StatusView> history, long version) {

        static StartupView of(StartupCompany s) {
            return new StartupView(s.id(), s.disclosureId(), s.name(), s.businessPlanSummary(),
                    s.founders().stream().map(f -> new FounderView(f.name(), f.inventor(), f.username())).toList(),
                    s.planStatus(), s.planReviews().stream().map(r -> new PlanReviewView(r.verdict(),
                            r.planSummary(), r.note(), r.reviewedBy(), r.reviewedAt())).toList(),
                    s.conflictFlagged(), s.needsConflictReview(), s.coiVerdict(), s.coiReviewedBy(), s.coiNote(),
                    s.coiReviewedAt(), s.incorporatedOn(), s.registryId(), s.equityShares(), s.equityPercent(),
                    s.agreementId(), s.status(), s.abandonReason(), s.history().stream()
                            .map(c -> new StatusView(c.status(), c.effectiveOn(), c.note(), c.recordedBy())).toList(),
                    s.version());
        }
    }

    record FounderView(String name, boolean inventor, String username) {}

    /** One review of the business plan, with the plan as it then read. */
    record PlanReviewView(PlanVerdict verdict, String planSummary, String note, String reviewedBy,
            Instant reviewedAt) {}

    record StatusView(StartupStatus status, LocalDate effectiveOn, String note, String recordedBy) {}
}
