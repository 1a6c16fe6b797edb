package org.tto.office;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The patent-information services the TTOs delivered. */
public interface PatentInformationServiceRepository extends JpaRepository<PatentInformationService, Long> {

    List<PatentInformationService> findByInstitutionIdOrderByDeliveredOnAscIdAsc(Long institutionId);
}
