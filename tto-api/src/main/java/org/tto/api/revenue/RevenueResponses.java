package org.tto.api.revenue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.tto.revenue.AutmCategory;
import org.tto.revenue.Beneficiary;
import org.tto.revenue.CaseCost;
import org.tto.revenue.Distribution;
import org.tto.revenue.DistributionPolicy;
import org.tto.revenue.DistributionShare;
import org.tto.revenue.MinorUnits;
import org.tto.revenue.PolicyBand;
import org.tto.revenue.Receipt;
import org.tto.revenue.Statement;

/** What the income and distribution endpoints answer. Amounts in the currency's units, with minor units beside. */
final class RevenueResponses {

    private RevenueResponses() {}

    record PolicyView(Long id, Long institutionId, int version, LocalDate effectiveFrom, String currency,
            boolean costRecoveryFirst, BigDecimal adminFeePercent, String departmentName, String source,
            List<PolicyBand> bands) {

        static PolicyView of(DistributionPolicy p) {
            return new PolicyView(p.id(), p.institutionId(), p.versionNumber(), p.effectiveFrom(),
                    p.currency().getCurrencyCode(), p.costRecoveryFirst(), p.adminFeePercent(), p.departmentName(),
                    p.source(), p.bands());
        }
    }

    record CostView(Long id, Long disclosureId, CaseCost.Kind kind, String description, LocalDate incurredOn,
            String currency, BigDecimal amount) {

        static CostView of(CaseCost c) {
            return new CostView(c.id(), c.disclosureId(), c.kind(), c.description(), c.incurredOn(),
                    c.currency().getCurrencyCode(), c.amount());
        }
    }

    /**
     * royaltyReportId: the royalty report the receipt pays, when it pays one; duplicateOf and duplicateReason: the
     * earlier receipt this one knowingly repeats, and why.
     */
    record ReceiptView(Long id, Long disclosureId, Long agreementId, Long royaltyReportId, AutmCategory category,
            boolean runningRoyalty, String currency, BigDecimal amount, LocalDate receivedOn, String note,
            String payerReference, Long duplicateOf, String duplicateReason) {

        static ReceiptView of(Receipt r) {
            return new ReceiptView(r.id(), r.disclosureId(), r.agreementId(), r.royaltyReportId(), r.category(),
                    r.category().isRunningRoyalty(), r.currency().getCurrencyCode(), r.amount(), r.receivedOn(),
                    r.note(), r.payerReference(), r.duplicateOf().orElse(null), r.duplicateReason().orElse(null));
        }
    }

    /**
     * A distribution with its trace: the policy version, the case's unrecovered costs and cumulative distributed
     * income before the receipt, the bands, and each share with its exact value and the rounding it got.
     */
    record DistributionView(Long id, Long receiptId, Long disclosureId, String currency, BigDecimal receipt,
            Trace trace, List<ShareView> shares, BigDecimal sumOfShares) {

        static DistributionView of(Distribution d) {
            Currency c = d.currency();
            List<ShareView> shares = d.shares().stream().map(s -> ShareView.of(s, c)).toList();
            return new DistributionView(d.id(), d.receiptId(), d.disclosureId(), c.getCurrencyCode(),
                    MinorUnits.toAmount(d.receiptMinor(), c),
                    new Trace(d.policyVersion(), MinorUnits.toAmount(d.unrecoveredBeforeMinor(), c),
                            MinorUnits.toAmount(d.costRecoveredMinor(), c), MinorUnits.toAmount(d.adminFeeMinor(), c),
                            MinorUnits.toAmount(d.netMinor(), c), MinorUnits.toAmount(d.cumulativeBeforeMinor(), c),
                            d.bandsTrace(), "Hamilton's largest remainder: every share rounded down to the minor "
                                    + "unit, the units left over one each to the largest fractions (ties: first "
                                    + "listed); the administrative fee is rounded down."),
                    shares, MinorUnits.toAmount(d.shares().stream().mapToLong(DistributionShare::amountMinor).sum(),
                            c));
        }
    }

    /** Band limits and amounts in the trace's bandsTrace are minor units. */
    record Trace(int policyVersion, BigDecimal unrecoveredCostsBefore, BigDecimal costRecovered, BigDecimal adminFee,
            BigDecimal net, BigDecimal cumulativeNetBefore, String bands, String rounding) {}

    record ShareView(Beneficiary.Kind kind, String beneficiary, String username, BigDecimal contributionPercent,
            BigDecimal amount, long amountMinor, BigDecimal exactMinor, long remainderUnits, String how) {

        static ShareView of(DistributionShare s, Currency c) {
            return new ShareView(s.kind(), s.beneficiary(), s.username(), s.contributionPercent(),
                    MinorUnits.toAmount(s.amountMinor(), c), s.amountMinor(), s.exactMinor().stripTrailingZeros(),
                    s.remainderUnits(), s.how());
        }
    }

    record StatementView(String beneficiary, Beneficiary.Kind kind, LocalDate from, LocalDate to,
            List<StatementLineView> lines, Map<String, BigDecimal> totals) {

        static StatementView of(Statement s) {
            return new StatementView(s.beneficiary(), s.kind(), s.from(), s.to(), s.lines().stream()
                    .map(l -> new StatementLineView(l.receivedOn(), l.receiptId(), l.distributionId(),
                            l.disclosureId(), l.category(), l.currency(),
                            MinorUnits.toAmount(l.amountMinor(), Currency.getInstance(l.currency())), l.how()))
                    .toList(), s.totals());
        }
    }

    record StatementLineView(LocalDate receivedOn, Long receiptId, Long distributionId, Long disclosureId,
            AutmCategory category, String currency, BigDecimal amount, String how) {}
}
