package org.tto.disclosure;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FilingRepository extends JpaRepository<Filing, Long> {

    List<Filing> findByDisclosureIdOrderByFilingDate(Long disclosureId);

    boolean existsByOfficeAndApplicationNumber(String office, String applicationNumber);
}
