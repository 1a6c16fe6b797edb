package org.tto.workflow.licensing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tto.identity.Actor;
import org.tto.licensing.LicensingCommands.ExecuteAgreement;
import org.tto.licensing.LicensingCommands.RecordRoyaltyReport;
import org.tto.licensing.LicensingService;
import org.tto.licensing.Obligation;
import org.tto.licensing.RoyaltyReport;
import org.tto.revenue.Distribution;
import org.tto.revenue.RevenueCommands.RecordReceipt;
import org.tto.revenue.RevenueService;

/**
 * Every open obligation of an executed licence has a watch: an instance of {@code obligationWatch} whose timers remind
 * the officers {@value #REMIND_DAYS_BEFORE} days before the due date and, the morning after it, mark the obligation
 * late and escalate it to the director, unless it is fulfilled first. Timers are engine jobs.
 */
@Service
@Transactional
public class ObligationWatches {

    static final int REMIND_DAYS_BEFORE = 30;
    private static final int MORNING_HOUR = 6;

    private final LicensingService licensing;
    private final RevenueService revenue;
    private final RuntimeService runtime;

    public ObligationWatches(LicensingService licensing, RevenueService revenue, RuntimeService runtime) {
        this.licensing = licensing;
        this.revenue = revenue;
        this.runtime = runtime;
    }

    /** Executes the agreement and watches each obligation of its schedule. */
    public List<Obligation> execute(Actor actor, long agreementId, ExecuteAgreement command) {
        List<Obligation> schedule = licensing.execute(actor, agreementId, command);
        schedule.forEach(this::watch);
        return schedule;
    }

    public Obligation fulfil(Actor actor, long obligationId, LocalDate on) {
        Obligation obligation = licensing.fulfil(actor, obligationId, on);
        fulfilled(obligationId);
        return obligation;
    }

    /** Records the report (its report obligation fulfilled) and watches the payment it makes owed, if any. */
    public RoyaltyReport recordRoyaltyReport(Actor actor, long agreementId, RecordRoyaltyReport command) {
        RoyaltyReport report = licensing.recordRoyaltyReport(actor, agreementId, command);
        licensing.reportObligation(agreementId, command.periodStart()).ifPresent(o -> fulfilled(o.id()));
        licensing.paymentObligation(agreementId, command.periodStart()).ifPresent(this::watch);
        return report;
    }

    /**
     * Records a receipt (distributed at once); when it is paid against a royalty report and the receipts now cover
     * what the report owes, the payment obligation is fulfilled and its watch ends.
     */
    public Distribution recordReceipt(Actor actor, RecordReceipt command) {
        Distribution distribution = revenue.recordReceipt(actor, command);
        if (command.royaltyReportId() != null) {
            licensing.paymentObligationOfReport(command.royaltyReportId())
                    .filter(o -> o.status() == Obligation.Status.FULFILLED)
                    .ifPresent(o -> fulfilled(o.id()));
        }
        return distribution;
    }

    void watch(Obligation obligation) {
        LocalDate due = obligation.dueDate();
        runtime.startProcessInstanceByKey(ObligationWatchProcess.KEY,
                ObligationWatchProcess.businessKey(obligation.id()),
                Map.of(ObligationWatchProcess.Variables.OBLIGATION_ID, obligation.id(),
                        ObligationWatchProcess.Variables.REMIND_AT, morningOf(due.minusDays(REMIND_DAYS_BEFORE)),
                        ObligationWatchProcess.Variables.LATE_AT, morningOf(due.plusDays(1))));
    }

    private void fulfilled(long obligationId) {
        runtime.createMessageCorrelation(ObligationWatchProcess.Messages.FULFILLED)
                .processInstanceBusinessKey(ObligationWatchProcess.businessKey(obligationId))
                .correlateAllWithResult();
    }

    private static Date morningOf(LocalDate day) {
        return Date.from(day.atTime(MORNING_HOUR, 0).toInstant(ZoneOffset.UTC));
    }
}
