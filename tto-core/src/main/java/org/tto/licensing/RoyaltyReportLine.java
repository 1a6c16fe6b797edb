package org.tto.licensing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A stored line of a royalty report: net sales in one field of use and territory. */
@Entity
@Table(name = "royalty_report_line")
class RoyaltyReportLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "field_of_use", nullable = false, length = 200)
    private String fieldOfUse;

    @Column(name = "territory", nullable = false, length = 200)
    private String territory;

    @Column(name = "net_sales", nullable = false, precision = 19, scale = 4)
    private BigDecimal netSales;

    protected RoyaltyReportLine() {}

    RoyaltyReportLine(SalesLine line) {
        this.fieldOfUse = line.fieldOfUse();
        this.territory = line.territory();
        this.netSales = line.netSales();
    }

    SalesLine line() {
        return new SalesLine(fieldOfUse, territory, netSales);
    }
}
