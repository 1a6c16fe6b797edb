package org.tto.office;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The TTOs' partnerships. */
public interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    List<Partnership> findByInstitutionIdOrderByStartedOnAscIdAsc(Long institutionId);
}
