package org.tto.api.licensing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tto.licensing.AgreementStatus;
import org.tto.licensing.AgreementType;
import org.tto.licensing.Confidentiality;
import org.tto.licensing.LicenseAgreement;
import org.tto.licensing.LicenseeSize;
import org.tto.licensing.LicensingPath;
import org.tto.licensing.Milestone;
import org.tto.licensing.Obligation;
import org.tto.licensing.OptionGrant;
import org.tto.licensing.PathStage;
import org.tto.licensing.Prospect;
import org.tto.licensing.ProspectInteraction;
import org.tto.licensing.ReportingPeriod;
import org.tto.licensing.RoyaltyReport;
import org.tto.licensing.RoyaltyTier;
import org.tto.licensing.SalesLine;
import org.tto.licensing.TechnologyBrief;
import org.tto.licensing.TermSheet;

/** What the licensing endpoints answer. */
final class LicensingResponses {

    private LicensingResponses() {}

    record AgreementView(Long id, Long disclosureId, String licensee, String licenseeContact,
            boolean licenseeLinkedToInventor, boolean conflictOfInterestFlagged, String conflictClearedBy,
            AgreementType type, String fieldOfUse, String territory, LocalDate startDate, LocalDate endDate,
            String currency, BigDecimal issueFee, List<RoyaltyTier> royaltyTiers, BigDecimal annualMinimum,
            List<MilestoneView> milestones, BigDecimal sublicenceSharePercent, boolean patentCostReimbursement,
            ReportingPeriod reportingPeriod, AgreementStatus status, String approvedBy, LocalDate executedOn,
            long version, LicenseeSize licenseeSize) {

        static AgreementView of(LicenseAgreement a) {
            return new AgreementView(a.id(), a.disclosureId(), a.licensee(), a.licenseeContact(),
                    a.licenseeLinkedToInventor(), a.licenseeLinkedToInventor() && a.coiClearedBy() == null,
                    a.coiClearedBy(), a.type(), a.fieldOfUse(), a.territory(), a.startDate(), a.endDate(),
                    a.currency().getCurrencyCode(), a.issueFee(), a.royaltyTiers(), a.annualMinimum(),
                    a.milestones().stream().map(MilestoneView::of).toList(), a.sublicenceSharePercent(),
                    a.patentCostReimbursement(), a.reportingPeriod(), a.status(), a.approvedBy(), a.executedOn(),
                    a.version(), a.licenseeSize());
        }
    }

    record MilestoneView(String description, LocalDate dueDate, BigDecimal payment) {
        static MilestoneView of(Milestone m) {
            return new MilestoneView(m.description(), m.dueDate(), m.payment());
        }
    }

    record ObligationView(Long id, Long agreementId, Obligation.Kind kind, String description, LocalDate periodStart,
            LocalDate periodEnd, LocalDate dueDate, BigDecimal amount, Obligation.Status status,
            LocalDate fulfilledOn, boolean escalated) {

        static ObligationView of(Obligation o) {
            return new ObligationView(o.id(), o.agreementId(), o.kind(), o.description(), o.periodStart(),
                    o.periodEnd(), o.dueDate(), o.amount(), o.status(), o.fulfilledOn(), o.escalated());
        }
    }

    record RoyaltyReportView(Long id, Long agreementId, LocalDate periodStart, LocalDate periodEnd,
            LocalDate receivedOn, List<SalesLine> sales, BigDecimal netSales, BigDecimal sublicenceIncome,
            BigDecimal runningRoyalty, BigDecimal sublicenceShare, BigDecimal minimumTopUp, boolean closesYear,
            BigDecimal owed, BigDecimal paid, BigDecimal variance, boolean underpaid, List<String> trace) {

        static RoyaltyReportView of(RoyaltyReport r) {
            return new RoyaltyReportView(r.id(), r.agreementId(), r.periodStart(), r.periodEnd(), r.receivedOn(),
                    r.sales(), r.netSales(), r.sublicenceIncome(), r.runningRoyalty(), r.sublicenceShare(),
                    r.minimumTopUp(), r.closesYear(), r.owed(), r.paid(), r.variance(), r.variance().signum() < 0,
                    r.trace());
        }
    }

    record BriefView(Long id, Long disclosureId, String title, String problem, String advantage,
            String economicComparison, int trl, String applications, String updatedBy, Instant updatedAt,
            long version) {
        static BriefView of(TechnologyBrief b) {
            return new BriefView(b.id(), b.disclosureId(), b.title(), b.problem(), b.advantage(),
                    b.economicComparison(), b.trl(), b.applications(), b.updatedBy(), b.updatedAt(), b.version());
        }
    }

    record InteractionView(LocalDate occurredOn, ProspectInteraction.Channel channel, String summary,
            String nextStep, String recordedBy) {
        static InteractionView of(ProspectInteraction i) {
            return new InteractionView(i.occurredOn(), i.channel(), i.summary(), i.nextStep(), i.recordedBy());
        }
    }

    record ProspectView(Long id, Long disclosureId, String company, LicenseeSize size, String country, String contactName,
            String contactEmail, boolean linkedToInventor, Prospect.Status status, List<InteractionView> interactions,
            long version) {
        static ProspectView of(Prospect p) {
            return new ProspectView(p.id(), p.disclosureId(), p.company(), p.size(), p.country(), p.contactName(),
                    p.contactEmail(), p.linkedToInventor(), p.status(), p.interactions().stream()
                            .map(InteractionView::of).toList(), p.version());
        }
    }

    record PathView(Long id, Long disclosureId, String processInstanceId, PathStage stage, Long prospectId,
            Confidentiality confidentiality, OptionGrant option, TermSheet termSheet, Long agreementId,
            LocalDate endedOn, String endReason, String startedBy, Instant startedAt, long version) {
        static PathView of(LicensingPath p) {
            return new PathView(p.id(), p.disclosureId(), p.processInstanceId(), p.stage(), p.prospectId(),
                    p.confidentiality(), p.option(), p.termSheet(), p.agreementId(), p.endedOn(), p.endReason(),
                    p.startedBy(), p.startedAt(), p.version());
        }
    }
}
