package org.tto.startup;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StartupRepository extends JpaRepository<StartupCompany, Long> {

    List<StartupCompany> findByDisclosureIdOrderByIdAsc(Long disclosureId);

    List<StartupCompany> findByInstitutionIdOrderByIdAsc(Long institutionId);
}
