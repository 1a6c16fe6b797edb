package org.tto.revenue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A stored band of a policy version. */
@Entity
@Table(name = "distribution_policy_band")
class PolicyBandRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "up_to_minor")
    private Long upToMinor;

    @Column(name = "inventors_percent", nullable = false, precision = 7, scale = 4)
    private BigDecimal inventorsPercent;

    @Column(name = "department_percent", nullable = false, precision = 7, scale = 4)
    private BigDecimal departmentPercent;

    @Column(name = "institution_percent", nullable = false, precision = 7, scale = 4)
    private BigDecimal institutionPercent;

    protected PolicyBandRow() {}

    PolicyBandRow(PolicyBand band) {
        this.upToMinor = band.upToMinor();
        this.inventorsPercent = band.inventorsPercent();
        this.departmentPercent = band.departmentPercent();
        this.institutionPercent = band.institutionPercent();
    }

    PolicyBand band() {
        return new PolicyBand(upToMinor, inventorsPercent, departmentPercent, institutionPercent);
    }
}
