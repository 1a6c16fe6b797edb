package org.tto.revenue;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseCostRepository extends JpaRepository<CaseCost, Long> {

    List<CaseCost> findByDisclosureIdOrderByIncurredOnAscIdAsc(Long disclosureId);

    @Query("select coalesce(sum(c.amount), 0) from CaseCost c where c.disclosureId = :disclosureId "
            + "and c.currency = :currency")
    BigDecimal total(Long disclosureId, String currency);
}
