package org.tto.revenue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReceiptRepository extends JpaRepository<Receipt, Long> {

    List<Receipt> findByDisclosureIdOrderByReceivedOnAscIdAsc(Long disclosureId);

    /** The receipts paid against the royalty reports of an agreement. */
    List<Receipt> findByAgreementIdAndRoyaltyReportIdNotNullOrderByReceivedOnAscIdAsc(Long agreementId);

    List<Receipt> findByRoyaltyReportIdOrderByReceivedOnAscIdAsc(Long royaltyReportId);
}
