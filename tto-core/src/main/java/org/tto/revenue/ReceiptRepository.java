package org.tto.revenue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReceiptRepository extends JpaRepository<Receipt, Long> {

    List<Receipt> findByDisclosureIdOrderByReceivedOnAscIdAsc(Long disclosureId);
}
