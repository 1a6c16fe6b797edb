package org.tto.licensing;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoyaltyReportRepository extends JpaRepository<RoyaltyReport, Long> {

    List<RoyaltyReport> findByAgreementIdOrderByPeriodStartAsc(Long agreementId);

    List<RoyaltyReport> findByAgreementIdAndPeriodStartGreaterThanEqualAndPeriodStartLessThan(Long agreementId,
            LocalDate from, LocalDate before);

    boolean existsByAgreementIdAndPeriodStart(Long agreementId, LocalDate periodStart);
}
