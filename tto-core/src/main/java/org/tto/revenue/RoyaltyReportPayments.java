package org.tto.revenue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tto.licensing.RoyaltyReport;

/**
 * What came in against a royalty report: what the terms make owed, what the licensee declared paid, what was
 * received (the sum of the receipts paid against the report), and what is outstanding (owed - received; negative
 * when over-paid), with the receipts and a trace of the sums.
 *
 * @param settled received covers owed
 * @param overpaid received is more than owed (allowed, flagged)
 */
public record RoyaltyReportPayments(Long reportId, BigDecimal owed, BigDecimal paidDeclared, BigDecimal received,
        BigDecimal outstanding, boolean settled, boolean overpaid, List<Receipt> receipts, List<String> trace) {

    /** The payments of one report from the receipts paid against it (others are ignored). */
    public static RoyaltyReportPayments of(RoyaltyReport report, List<Receipt> linked) {
        List<Receipt> paid = linked.stream().filter(r -> report.id().equals(r.royaltyReportId()))
                .sorted(Comparator.comparing(Receipt::receivedOn).thenComparing(Receipt::id,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        BigDecimal received = paid.stream().map(Receipt::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal outstanding = report.owed().subtract(received);
        List<String> trace = new ArrayList<>();
        trace.add("owed " + plain(report.owed()) + " = running royalty " + plain(report.runningRoyalty())
                + " + sublicence share " + plain(report.sublicenceShare()) + " + minimum top-up "
                + plain(report.minimumTopUp()) + " (the report's check against the terms)");
        trace.add("paid as declared by the licensee " + plain(report.paid()));
        if (paid.isEmpty()) {
            trace.add("received 0: no receipt paid against the report");
        } else {
            for (Receipt r : paid) {
                trace.add("receipt " + r.id() + " " + r.receivedOn() + " " + r.category() + " " + plain(r.amount()));
            }
            trace.add("received " + plain(received) + " = " + String.join(" + ", paid.stream()
                    .map(r -> plain(r.amount())).toList()));
        }
        trace.add("outstanding " + plain(report.owed()) + " - " + plain(received) + " = " + plain(outstanding)
                + (outstanding.signum() < 0 ? " (over-paid by " + plain(outstanding.negate()) + ")"
                        : outstanding.signum() == 0 ? " (settled)" : ""));
        return new RoyaltyReportPayments(report.id(), report.owed(), report.paid(), received, outstanding,
                outstanding.signum() <= 0, outstanding.signum() < 0, paid, List.copyOf(trace));
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
