package org.tto.report;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResearchExpenditureRepository extends JpaRepository<ResearchExpenditure, Long> {

    Optional<ResearchExpenditure> findByInstitutionIdAndFiscalYear(Long institutionId, int fiscalYear);
}
