package org.tto.licensing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A stored royalty tier of a licence. */
@Entity
@Table(name = "license_royalty_tier")
class RoyaltyTierRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "from_net_sales", nullable = false, precision = 19, scale = 4)
    private BigDecimal fromNetSales;

    @Column(name = "rate_percent", nullable = false, precision = 7, scale = 4)
    private BigDecimal ratePercent;

    protected RoyaltyTierRow() {}

    RoyaltyTierRow(RoyaltyTier tier) {
        this.fromNetSales = tier.fromNetSales();
        this.ratePercent = tier.ratePercent();
    }

    RoyaltyTier tier() {
        return new RoyaltyTier(fromNetSales, ratePercent);
    }
}
