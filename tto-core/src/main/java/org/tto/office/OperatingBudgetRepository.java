package org.tto.office;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The TTOs' operating budgets, one per institution and fiscal year. */
public interface OperatingBudgetRepository extends JpaRepository<OperatingBudget, Long> {

    Optional<OperatingBudget> findByInstitutionIdAndFiscalYear(Long institutionId, int fiscalYear);

    List<OperatingBudget> findByInstitutionIdOrderByFiscalYearAsc(Long institutionId);
}
