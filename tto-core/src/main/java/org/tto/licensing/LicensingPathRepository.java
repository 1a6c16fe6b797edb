package org.tto.licensing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LicensingPathRepository extends JpaRepository<LicensingPath, Long> {

    List<LicensingPath> findByDisclosureIdOrderByIdAsc(Long disclosureId);
}
