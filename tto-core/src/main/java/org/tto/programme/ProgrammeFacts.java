package org.tto.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tto.institution.Region;

/**
 * The rows of the institutions and countries in scope that the programme indicators are computed from, for one
 * period (both ends inclusive). Read once by {@code ProgrammeFactsReader}; the rules are plain functions of it.
 */
public record ProgrammeFacts(LocalDate from, LocalDate to, List<CountryFact> countries,
        List<InstitutionFact> institutions, List<PlanFact> plans, List<DisclosureFact> disclosures,
        List<FilingFact> filings, List<AgreementFact> agreements, List<ResearchFact> research,
        List<ReceiptFact> receipts, List<RetainedFact> retained, List<CostFact> costs, List<BudgetFact> budgets,
        List<StartupFact> startups, List<StaffFact> staff, List<PartnershipFact> partnerships,
        List<ServiceFact> services, List<ProjectFact> projects, List<TrainingFact> training,
        List<ResponseFact> responses, List<EntryFact> entries, List<PeriodFact> periods, Rates rates) {

    public record CountryFact(String code, String name, Region region, boolean ldc, int programme) {}

    public record InstitutionFact(long id, String code, String name, String countryCode) {}

    /** A plan: its state changes in order (the first from NEEDS_ASSESSMENT) and its milestone items. */
    public record PlanFact(long id, long institutionId, String countryCode, Instant createdAt,
            List<TransitionFact> transitions, List<MilestoneFact> milestones) {}

    public record TransitionFact(Instant at, String fromState, String toState) {}

    public record MilestoneFact(long itemId, String milestone, String title, String status, LocalDate completedOn,
            int evidence) {}

    public record DisclosureFact(long id, String reference, long institutionId, LocalDate submittedOn) {}

    /** A filing of a case of the institution, whatever its date (the first filing of a case needs them all). */
    public record FilingFact(long id, long disclosureId, String reference, long institutionId, String office,
            String kind, String applicationNumber, LocalDate filingDate) {}

    /** An agreement executed, or an option granted on a licensing path ({@code source} PATH_OPTION). */
    public record AgreementFact(long id, String source, long institutionId, String reference, String type,
            LocalDate executedOn) {}

    /** Research expenditure of one fiscal year, with the last day of that year. */
    public record ResearchFact(long id, long institutionId, int fiscalYear, LocalDate yearEnd, String currency,
            BigDecimal amount) {}

    public record ReceiptFact(long id, long institutionId, String reference, String currency, BigDecimal amount,
            LocalDate receivedOn) {}

    /** One part of a distribution that the institution keeps (every kind but INVENTOR), in the receipt's currency. */
    public record RetainedFact(long shareId, long distributionId, long institutionId, String reference, String kind,
            String currency, BigDecimal amount, LocalDate receivedOn) {}

    public record CostFact(long id, long institutionId, String reference, String kind, String currency,
            BigDecimal amount, LocalDate incurredOn) {}

    public record BudgetFact(long id, long institutionId, int fiscalYear, LocalDate yearEnd, String currency,
            BigDecimal amount) {}

    /** A start-up and its status changes in order. */
    public record StartupFact(long id, long institutionId, String name, LocalDate incorporatedOn,
            List<StatusFact> history) {}

    public record StatusFact(String status, LocalDate effectiveOn) {}

    public record StaffFact(long id, long institutionId, String name, BigDecimal fte, LocalDate joinedOn,
            LocalDate leftOn, String certification, LocalDate certifiedOn) {}

    public record PartnershipFact(long id, long institutionId, String partner, String kind, LocalDate startedOn,
            LocalDate endedOn) {}

    public record ServiceFact(long id, long institutionId, String kind, String requester, LocalDate deliveredOn) {}

    public record ProjectFact(long id, String countryCode, Long institutionId, String title,
            LocalDate landscapeReportOn, LocalDate businessPlanOn, LocalDate implementedOn) {}

    /** A training event with how many took part, by institution (null: from elsewhere) and sex. */
    public record TrainingFact(long id, String title, String countryCode, LocalDate startsOn, LocalDate endsOn,
            List<ParticipationFact> participation) {}

    public record ParticipationFact(Long institutionId, String sex, int participants) {}

    public record ResponseFact(long id, long eventId, String kind, Long institutionId, String sex, Integer overall,
            Boolean applyingSkills, LocalDate receivedOn) {}

    public record EntryFact(long id, String indicator, String measure, String countryCode, Long institutionId,
            int year, BigDecimal numerator, BigDecimal denominator, String evidence, String enteredBy,
            Instant enteredAt) {}

    public record PeriodFact(String countryCode, int year, String status, Instant submittedAt) {}

    public InstitutionFact institution(long id) {
        return institutions.stream().filter(i -> i.id() == id).findFirst().orElse(null);
    }

    public String countryOf(long institutionId) {
        InstitutionFact institution = institution(institutionId);
        return institution == null ? null : institution.countryCode();
    }
}
