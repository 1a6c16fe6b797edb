package org.tto.licensing;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A royalty report received from a licensee, with what the terms make owed and the variance from what was paid. */
@Entity
@Table(name = "royalty_report")
public class RoyaltyReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    private Long agreementId;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false, updatable = false)
    private LocalDate periodEnd;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "net_sales", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal netSales;

    @Column(name = "sublicence_income", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal sublicenceIncome;

    @Column(name = "paid", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal paid;

    @Column(name = "running_royalty", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal runningRoyalty;

    @Column(name = "sublicence_share", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal sublicenceShare;

    @Column(name = "minimum_top_up", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal minimumTopUp;

    @Column(name = "owed", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal owed;

    @Column(name = "variance", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal variance;

    @Column(name = "closes_year", nullable = false, updatable = false)
    private boolean closesYear;

    @Column(name = "trace", nullable = false, length = 4000, updatable = false)
    private String trace;

    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "report_id", nullable = false)
    @OrderColumn(name = "list_index", nullable = false)
    private List<RoyaltyReportLine> lines = new ArrayList<>();

    protected RoyaltyReport() {}

    RoyaltyReport(Long agreementId, LocalDate periodStart, LocalDate periodEnd, LocalDate receivedOn,
            List<SalesLine> sales, boolean closesYear, RoyaltyComputation computation, String recordedBy) {
        this.agreementId = agreementId;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.receivedOn = receivedOn;
        this.netSales = computation.netSales();
        this.sublicenceIncome = computation.sublicenceIncome();
        this.paid = computation.paid();
        this.runningRoyalty = computation.runningRoyalty();
        this.sublicenceShare = computation.sublicenceShare();
        this.minimumTopUp = computation.minimumTopUp();
        this.owed = computation.owed();
        this.variance = computation.variance();
        this.closesYear = closesYear;
        String joined = String.join("\n", computation.trace());
        this.trace = joined.length() <= 4000 ? joined : joined.substring(0, 3997) + "...";
        this.recordedBy = recordedBy;
        sales.forEach(s -> lines.add(new RoyaltyReportLine(s)));
    }

    public Long id() {
        return id;
    }

    public Long agreementId() {
        return agreementId;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public BigDecimal netSales() {
        return netSales;
    }

    public BigDecimal sublicenceIncome() {
        return sublicenceIncome;
    }

    public BigDecimal paid() {
        return paid;
    }

    public BigDecimal runningRoyalty() {
        return runningRoyalty;
    }

    public BigDecimal sublicenceShare() {
        return sublicenceShare;
    }

    public BigDecimal minimumTopUp() {
        return minimumTopUp;
    }

    public BigDecimal owed() {
        return owed;
    }

    public BigDecimal variance() {
        return variance;
    }

    public boolean closesYear() {
        return closesYear;
    }

    public List<String> trace() {
        return List.of(trace.split("\n"));
    }

    public List<SalesLine> sales() {
        return lines.stream().map(RoyaltyReportLine::line).toList();
    }
}
