package org.tto.programme;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Reporting periods. */
public interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

    Optional<ReportingPeriod> findByCountryCodeAndYear(String countryCode, int year);

    /**
     * The period locked for the rest of the transaction: a write checked against it waits for an approval in
     * progress, and an approval for the writes in progress (a shared lock would do, but MySQL's dialect writes
     * FOR SHARE, which MariaDB does not know).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from ReportingPeriod p where p.countryCode = :country and p.year = :year")
    Optional<ReportingPeriod> findForWrite(@Param("country") String country, @Param("year") int year);

    List<ReportingPeriod> findByStatusOrderBySubmittedAtAsc(ReportingPeriod.Status status);

    List<ReportingPeriod> findByYearBetween(int from, int to);
}
