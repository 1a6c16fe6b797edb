package org.tto.revenue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DistributionRepository extends JpaRepository<Distribution, Long> {

    Optional<Distribution> findByReceiptId(Long receiptId);

    List<Distribution> findByDisclosureIdOrderByIdAsc(Long disclosureId);

    @Query("select coalesce(sum(d.costRecoveredMinor), 0) from Distribution d where d.disclosureId = :disclosureId "
            + "and d.currency = :currency")
    long costRecovered(Long disclosureId, String currency);

    @Query("select coalesce(sum(d.netMinor), 0) from Distribution d where d.disclosureId = :disclosureId "
            + "and d.currency = :currency")
    long cumulativeNet(Long disclosureId, String currency);

    /** Statement lines: the shares of one beneficiary's kind (and username, for inventors) in an institution. */
    @Query("""
            select new org.tto.revenue.StatementLine(r.receivedOn, r.id, d.id, r.disclosureId, r.category,
                   d.currency, s.kind, s.beneficiary, s.amountMinor, s.how)
            from Distribution d join d.shares s, Receipt r
            where r.id = d.receiptId and r.institutionId = :institutionId
              and s.kind = :kind and (:username is null or s.username = :username)
              and r.receivedOn between :from and :to
            order by r.receivedOn, r.id
            """)
    List<StatementLine> statementLines(Long institutionId, Beneficiary.Kind kind, String username, LocalDate from,
            LocalDate to);
}
