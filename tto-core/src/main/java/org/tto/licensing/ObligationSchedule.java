package org.tto.licensing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The obligations an executed agreement's terms generate:
 * <ul>
 * <li>the issue fee, when there is one, due {@value #PAYMENT_DAYS} days after execution;</li>
 * <li>a royalty report with its payment for each reporting period from the start date to the end date (the last
 * period cut at the end date), due {@value #PAYMENT_DAYS} days after the period ends;</li>
 * <li>each milestone on its date, with its payment.</li>
 * </ul>
 * Later, when a royalty report owes something, its payment ({@link #paymentFor}): the owed amount, due with the
 * report, {@value #PAYMENT_DAYS} days after the period ends.
 */
final class ObligationSchedule {

    static final int PAYMENT_DAYS = 45;

    private ObligationSchedule() {}

    static List<Obligation> of(LicenseAgreement agreement, LocalDate executedOn) {
        List<Obligation> schedule = new ArrayList<>();
        if (agreement.issueFee().signum() > 0) {
            schedule.add(new Obligation(agreement.id(), Obligation.Kind.ISSUE_FEE_PAYMENT, "Issue fee", null, null,
                    executedOn.plusDays(PAYMENT_DAYS), agreement.issueFee()));
        }
        if (agreement.type() != AgreementType.OPTION) {
            int months = agreement.reportingPeriod().months();
            for (int n = 0;; n++) {
                LocalDate start = agreement.startDate().plusMonths((long) n * months);
                if (!start.isBefore(agreement.endDate())) {
                    break;
                }
                LocalDate next = agreement.startDate().plusMonths((long) (n + 1) * months);
                LocalDate end = (next.isBefore(agreement.endDate()) ? next : agreement.endDate()).minusDays(1);
                schedule.add(new Obligation(agreement.id(), Obligation.Kind.ROYALTY_REPORT,
                        "Royalty report and payment for " + start + " to " + end, start, end,
                        end.plusDays(PAYMENT_DAYS), null));
            }
        }
        for (Milestone milestone : agreement.milestones()) {
            schedule.add(new Obligation(agreement.id(), Obligation.Kind.MILESTONE, milestone.description(), null, null,
                    milestone.dueDate(), milestone.payment()));
        }
        schedule.sort(java.util.Comparator.comparing(Obligation::dueDate));
        return schedule;
    }

    /** The payment a checked royalty report makes owed; none when it owes nothing. */
    static Optional<Obligation> paymentFor(RoyaltyReport report) {
        if (report.owed().signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Obligation(report.agreementId(), Obligation.Kind.ROYALTY_PAYMENT,
                "Royalty payment for " + report.periodStart() + " to " + report.periodEnd() + " (report "
                        + report.id() + ")", report.periodStart(), report.periodEnd(),
                report.periodEnd().plusDays(PAYMENT_DAYS), report.owed()));
    }
}
